#include <ska/oda/migration/default_sql_dir.hpp>

#include <system_error>

namespace ska::oda {

std::filesystem::path default_sql_dir() {
  const std::filesystem::path installed(SKA_ODA_INSTALLED_SQL_DIR);
  std::error_code error;
  if (std::filesystem::is_directory(installed, error)) {
    return installed;
  }
  return std::filesystem::path(SKA_ODA_SOURCE_SQL_DIR);
}

}  // namespace ska::oda
