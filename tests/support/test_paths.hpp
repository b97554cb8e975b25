#pragma once

#include <filesystem>

namespace ska::oda::test {

/// Returns tests/data of the source tree, holding the project's own fixtures.
std::filesystem::path fixture_dir();

/// Returns the directory of the shared PDM reference documents: the
/// SKA_ODA_SHARED_DATA_DIR environment variable when set, else the CMake
/// option of the same name. Fails the test, naming where it looked, when the
/// directory is missing.
std::filesystem::path shared_data_dir();

/// Returns the source tree's sql/ directory.
std::filesystem::path sql_dir();

}  // namespace ska::oda::test
