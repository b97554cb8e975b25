#include "support/temp_directory.hpp"

#include <cstdlib>
#include <fstream>
#include <string>
#include <system_error>

#include <catch2/catch.hpp>

namespace ska::oda::test {

TempDirectory::TempDirectory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "oda_test_XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    FAIL("failed to create a temporary directory from " + pattern);
  }
  path_ = pattern;
}

TempDirectory::~TempDirectory() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void write_file(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream stream(path, std::ios::binary | std::ios::trunc);
  stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  stream.close();
  if (!stream) {
    FAIL("failed to write " + path.string());
  }
}

}  // namespace ska::oda::test
