#pragma once

#include <filesystem>

#include <ska/oda/export.hpp>

namespace ska::oda {

/// Returns the directory of the installed migration scripts
/// (<prefix>/share/ska-db-oda/sql) when it exists, else the sql/ directory of
/// the source tree the library was built from, so that a build tree works
/// uninstalled. Either one contains migrations_table.sql.
SKA_ODA_EXPORT std::filesystem::path default_sql_dir();

}  // namespace ska::oda
