#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/migration/migration_script.hpp>

#include "support/temp_directory.hpp"

using ska::oda::MigrationError;
using ska::oda::MigrationScript;
using ska::oda::scan_migrations;
using ska::oda::test::TempDirectory;
using ska::oda::test::write_file;

namespace {

/// Returns the message of the MigrationError that scanning the directory
/// throws, and the file it names, or fails the test.
std::pair<std::string, std::string> scan_error(const std::filesystem::path& directory) {
  try {
    scan_migrations(directory);
  } catch (const MigrationError& error) {
    return {error.what(), error.file()};
  }
  FAIL("scan_migrations accepted " + directory.string());
  return {};
}

}  // namespace

TEST_CASE("scan orders scripts by version") {
  const TempDirectory directory;
  write_file(directory.path() / "V0002__second.sql", "SELECT 2;");
  write_file(directory.path() / "V1__first.sql", "SELECT 1;");
  write_file(directory.path() / "V003__third.v2-final.sql", "SELECT 3;");

  const auto scripts = scan_migrations(directory.path());

  REQUIRE(scripts.size() == 3);
  CHECK(scripts[0].version == 1);
  CHECK(scripts[0].name == "V1__first.sql");
  CHECK(scripts[1].version == 2);
  CHECK(scripts[1].name == "V0002__second.sql");
  CHECK(scripts[2].version == 3);
  CHECK(scripts[2].name == "V003__third.v2-final.sql");
  CHECK(scripts[2].path.filename() == "V003__third.v2-final.sql");
  CHECK(scripts[2].path.is_absolute());
}

TEST_CASE("scan ignores names outside the pattern") {
  const TempDirectory directory;
  write_file(directory.path() / "V1__first.sql", "SELECT 1;");
  write_file(directory.path() / "migrations_table.sql", "SELECT 0;");
  write_file(directory.path() / "README.md", "text");
  write_file(directory.path() / "v2__lower_case.sql", "SELECT 2;");
  write_file(directory.path() / "Vx__not_a_digit.sql", "SELECT 2;");
  write_file(directory.path() / "V2__not_sql.txt", "SELECT 2;");

  const auto scripts = scan_migrations(directory.path());

  REQUIRE(scripts.size() == 1);
  CHECK(scripts[0].name == "V1__first.sql");
}

TEST_CASE("scan of an empty directory") {
  const TempDirectory directory;
  CHECK(scan_migrations(directory.path()).empty());
}

TEST_CASE("scan rejects a missing directory") {
  const TempDirectory directory;
  const auto [message, file] = scan_error(directory.path() / "absent");
  CHECK_THAT(message, Catch::Contains("migration directory not found"));
  CHECK_THAT(message, Catch::Contains("absent"));
}

TEST_CASE("scan rejects invalid names") {
  const char* invalid_name = GENERATE("V1_single_underscore.sql", "V1__.sql", "V1__has space.sql",
                                      "V1a__letter_in_version.sql", "V1__quote'd.sql", "V1.sql");
  const TempDirectory directory;
  write_file(directory.path() / invalid_name, "SELECT 1;");

  const auto [message, file] = scan_error(directory.path());

  CHECK_THAT(message, Catch::StartsWith("invalid migration file name(s) in "));
  CHECK_THAT(message, Catch::Contains(std::string("\n") + invalid_name));
  CHECK(file == invalid_name);
}

TEST_CASE("scan rejects a directory named like a script") {
  const TempDirectory directory;
  write_file(directory.path() / "V1__first.sql", "SELECT 1;");
  std::filesystem::create_directory(directory.path() / "V2__directory.sql");

  const auto [message, file] = scan_error(directory.path());

  CHECK_THAT(message, Catch::Contains("V2__directory.sql"));
  CHECK(file == "V2__directory.sql");
}

TEST_CASE("scan lists every invalid name") {
  const TempDirectory directory;
  write_file(directory.path() / "V1__first.sql", "SELECT 1;");
  write_file(directory.path() / "V2_bad.sql", "SELECT 2;");
  write_file(directory.path() / "V3_bad.sql", "SELECT 3;");

  const auto [message, file] = scan_error(directory.path());

  CHECK_THAT(message, Catch::EndsWith(":\nV2_bad.sql\nV3_bad.sql"));
  CHECK(file.empty());
}

TEST_CASE("scan follows symbolic links") {
  const TempDirectory directory;
  const TempDirectory elsewhere;
  write_file(elsewhere.path() / "script.sql", "SELECT 1;");
  std::filesystem::create_symlink(elsewhere.path() / "script.sql",
                                  directory.path() / "V1__linked.sql");
  // A dangling link is skipped, as the shell glob loop of migrate.sh skips it.
  std::filesystem::create_symlink(elsewhere.path() / "absent.sql",
                                  directory.path() / "V2__dangling.sql");

  const auto scripts = scan_migrations(directory.path());

  REQUIRE(scripts.size() == 1);
  CHECK(scripts[0].name == "V1__linked.sql");
}

TEST_CASE("scan rejects duplicate versions") {
  const TempDirectory directory;
  write_file(directory.path() / "V1__first.sql", "SELECT 1;");
  write_file(directory.path() / "V0002__second.sql", "SELECT 2;");
  write_file(directory.path() / "V2__same_version.sql", "SELECT 2;");

  const auto [message, file] = scan_error(directory.path());

  CHECK_THAT(message, Catch::StartsWith("duplicate migration versions in "));
  CHECK_THAT(message, Catch::Contains("\nversion 2: V0002__second.sql V2__same_version.sql"));
  CHECK(file.empty());
}

TEST_CASE("scan rejects version gaps") {
  struct Case {
    std::vector<std::string> names;
    std::string expected_line;
    std::string expected_file;
  };
  const Case test_case = GENERATE(
      Case{{"V1__a.sql", "V3__c.sql"}, "version 2 is missing between V1__a.sql and V3__c.sql",
           "V3__c.sql"},
      Case{{"V2__b.sql"}, "version 1 is missing before V2__b.sql", "V2__b.sql"},
      Case{{"V1__a.sql", "V5__e.sql"}, "versions 2 to 4 are missing between V1__a.sql and V5__e.sql",
           "V5__e.sql"},
      Case{{"V0__zero.sql", "V1__a.sql"}, "V0__zero.sql: version 0 is invalid, versions start at 1",
           "V0__zero.sql"},
      Case{{"V1__a.sql", "V00000000001234567890__huge.sql"},
           "versions from 2 on are missing between V1__a.sql and V00000000001234567890__huge.sql",
           "V00000000001234567890__huge.sql"});
  const TempDirectory directory;
  for (const std::string& name : test_case.names) {
    write_file(directory.path() / name, "SELECT 1;");
  }

  const auto [message, file] = scan_error(directory.path());

  CHECK_THAT(message, Catch::Contains("must be exactly 1..N without gaps:"));
  CHECK_THAT(message, Catch::Contains("\n" + test_case.expected_line));
  CHECK(file == test_case.expected_file);
}

TEST_CASE("scan accepts 9-digit versions in order") {
  const TempDirectory directory;
  write_file(directory.path() / "V000000001__a.sql", "SELECT 1;");
  write_file(directory.path() / "V2__b.sql", "SELECT 2;");

  const auto scripts = scan_migrations(directory.path());

  REQUIRE(scripts.size() == 2);
  CHECK(scripts[0].version == 1);
  CHECK(scripts[1].version == 2);
}
