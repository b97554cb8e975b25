#include "support/test_paths.hpp"

#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>

namespace ska::oda::test {

std::filesystem::path fixture_dir() { return SKA_ODA_TEST_DATA_DIR; }

std::filesystem::path shared_data_dir() {
  const char* from_environment = std::getenv("SKA_ODA_SHARED_DATA_DIR");
  const std::filesystem::path directory =
      from_environment != nullptr ? from_environment : SKA_ODA_SHARED_DATA_DIR;
  if (!std::filesystem::is_directory(directory)) {
    FAIL("shared PDM documents not found at " + directory.string() +
         "; set SKA_ODA_SHARED_DATA_DIR or the CMake option of that name");
  }
  return directory;
}

std::filesystem::path sql_dir() { return SKA_ODA_SQL_DIR; }

}  // namespace ska::oda::test
