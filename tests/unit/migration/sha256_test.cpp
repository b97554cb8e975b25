// Checks the SHA-256 checksums that scan_migrations records against the test
// vectors of FIPS 180-2, appendix B, using files with those bytes.
#include <string>

#include <catch2/catch.hpp>

#include <ska/oda/migration/migration_script.hpp>

#include "support/temp_directory.hpp"

using ska::oda::scan_migrations;
using ska::oda::test::TempDirectory;
using ska::oda::test::write_file;

namespace {

std::string checksum_of(const std::string& bytes) {
  const TempDirectory directory;
  write_file(directory.path() / "V1__vector.sql", bytes);
  const auto scripts = scan_migrations(directory.path());
  REQUIRE(scripts.size() == 1);
  return scripts[0].checksum;
}

}  // namespace

TEST_CASE("sha256 of \"abc\"") {
  CHECK(checksum_of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256 of the empty string") {
  CHECK(checksum_of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256 of the 448-bit message") {
  CHECK(checksum_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256 of one million 'a'") {
  CHECK(checksum_of(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 of bytes beyond ASCII") {
  // Checksums cover the raw bytes, including a NUL, CR LF and UTF-8. The
  // expected value is the output of coreutils sha256sum for these bytes.
  CHECK(checksum_of(std::string("a\0b\r\n\xc3\xa9", 7)) ==
        "6533acaeeb78187642958af3fd2900ea588113a46c23d1cd1098c80eead90d6a");
}
