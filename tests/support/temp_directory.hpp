#pragma once

#include <filesystem>
#include <string_view>

namespace ska::oda::test {

/// A new, empty directory under the system temporary directory, removed with
/// its contents on destruction.
class TempDirectory {
public:
  TempDirectory();
  ~TempDirectory();

  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

/// Writes the bytes to a file, replacing it. Fails the test when the write
/// fails.
void write_file(const std::filesystem::path& path, std::string_view bytes);

}  // namespace ska::oda::test
