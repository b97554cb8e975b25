// The library's runner and sql/migrate.sh on the same database: they share
// the bookkeeping, reject the same directories and leave them unchanged.
#include <string>

#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/migration/migration_runner.hpp>

#include "support/command.hpp"
#include "support/database_snapshot.hpp"
#include "support/migration_fixture.hpp"
#include "support/temp_directory.hpp"
#include "support/test_database.hpp"
#include "support/test_paths.hpp"

using namespace ska::oda;
namespace fs = std::filesystem;

namespace {

/// Runs the copy of migrate.sh in the directory against the database.
test::CommandResult run_migrate_sh(const test::TestDatabase& database, const fs::path& directory,
                                   bool dry_run = false) {
  std::vector<std::string> arguments = {"sh", (directory / "migrate.sh").string()};
  if (dry_run) {
    arguments.push_back("--dry-run");
  }
  arguments.push_back(directory.string());
  return test::run_command(arguments, {{"PGDATABASE", database.name()}});
}

/// Returns the bookkeeping as migrate.sh's users see it, one
/// "version name checksum applied_by execution_ms" line per row.
std::string bookkeeping_rows(const test::TestDatabase& database) {
  return test::query_value(
      database.connection_string(),
      "SELECT string_agg(concat_ws(' ', version, name, checksum, applied_by, execution_ms),"
      " E'\\n' ORDER BY version) FROM oda_schema_migrations");
}

/// Writes the V0002 test script: a table and a row, so that a run shows.
void add_second_script(const fs::path& directory) {
  test::write_file(directory / "V0002__add_interop_table.sql",
                   "CREATE TABLE interop_check (id integer PRIMARY KEY);\n"
                   "INSERT INTO interop_check VALUES (2);\n");
}

}  // namespace

TEST_CASE("library continues after migrate.sh") {
  const test::TestDatabase database;
  const test::TempDirectory directory;
  test::copy_sql_directory(directory.path());

  const auto shell_run = run_migrate_sh(database, directory.path());
  REQUIRE(shell_run.exit_code == 0);
  CHECK_THAT(shell_run.out, Catch::Contains("applied V0001__create_oda_schema.sql (version 1)"));

  add_second_script(directory.path());
  const MigrationRunner runner(database.connection_string());
  const MigrationReport report = runner.migrate(directory.path());

  CHECK(report.start_version == 1);
  REQUIRE(report.applied.size() == 1);
  CHECK(report.applied[0].script.name == "V0002__add_interop_table.sql");
  CHECK(test::query_value(database.connection_string(), "SELECT id FROM interop_check") == "2");

  const auto rows = runner.status(directory.path());
  REQUIRE(rows.size() == 2);
  std::string status_lines;
  for (const MigrationStatus& row : rows) {
    CHECK(row.state == MigrationState::applied);
    status_lines += (status_lines.empty() ? "" : "\n") + std::to_string(row.version) + " " +
                    row.name + " " + row.recorded_checksum + " " + row.applied_by + " " +
                    std::to_string(row.execution_ms.value_or(-1));
  }
  CHECK(status_lines == bookkeeping_rows(database));

  // migrate.sh now finds both versions applied.
  const auto second_shell_run = run_migrate_sh(database, directory.path());
  CHECK(second_shell_run.exit_code == 0);
  CHECK_THAT(second_shell_run.out, Catch::Contains("applied 0 script(s), database is at version 2"));
}

TEST_CASE("migrate.sh continues after the library") {
  const test::TestDatabase database;
  const test::TempDirectory directory;
  test::copy_sql_directory(directory.path());
  MigrationRunner(database.connection_string()).migrate(directory.path());
  add_second_script(directory.path());

  const auto shell_run = run_migrate_sh(database, directory.path());

  CHECK(shell_run.exit_code == 0);
  CHECK_THAT(shell_run.out,
             Catch::Contains("applied V0002__add_interop_table.sql (version 2)"));
  CHECK_THAT(shell_run.out, Catch::Contains("applied 1 script(s), database is at version 2"));
}

TEST_CASE("both runners reject a tampered script") {
  const test::TestDatabase database;
  const test::TempDirectory directory;
  test::copy_sql_directory(directory.path());
  REQUIRE(run_migrate_sh(database, directory.path()).exit_code == 0);
  test::append_line(directory.path() / "V0001__create_oda_schema.sql", "-- edited");
  add_second_script(directory.path());
  const auto before = test::take_snapshot(database.connection_string());
  const std::string expected =
      "V0001__create_oda_schema.sql: checksum of applied version 1 differs from the file";

  const auto shell_run = run_migrate_sh(database, directory.path());
  CHECK(shell_run.exit_code == 1);
  CHECK_THAT(shell_run.err, Catch::Contains(expected));
  CHECK(test::take_snapshot(database.connection_string()) == before);

  try {
    MigrationRunner(database.connection_string()).migrate(directory.path());
    FAIL("the library runner accepted a tampered script");
  } catch (const MigrationError& error) {
    CHECK_THAT(error.what(), Catch::Contains(expected));
    CHECK(error.file() == "V0001__create_oda_schema.sql");
  }
  CHECK(test::take_snapshot(database.connection_string()) == before);
}

TEST_CASE("both runners reject an out-of-order script") {
  const test::TestDatabase database;
  const test::TempDirectory directory;
  test::make_fixture_directory(directory.path());
  fs::copy_file(test::sql_dir() / "migrate.sh", directory.path() / "migrate.sh");
  REQUIRE(run_migrate_sh(database, directory.path()).exit_code == 0);
  test::query_value(database.connection_string(),
                    "DELETE FROM oda_schema_migrations WHERE version = 2 RETURNING version");
  const auto before = test::take_snapshot(database.connection_string());
  const std::string expected =
      "V0002__second_run.sql: pending version 2 is lower than the highest applied version 3";

  const auto shell_run = run_migrate_sh(database, directory.path());
  CHECK(shell_run.exit_code == 1);
  CHECK_THAT(shell_run.err, Catch::Contains(expected));
  CHECK(test::take_snapshot(database.connection_string()) == before);

  try {
    MigrationRunner(database.connection_string()).migrate(directory.path());
    FAIL("the library runner accepted an out-of-order script");
  } catch (const MigrationError& error) {
    CHECK_THAT(error.what(), Catch::Contains(expected));
    CHECK(error.file() == "V0002__second_run.sql");
  }
  CHECK(test::take_snapshot(database.connection_string()) == before);
  CHECK(test::query_value(database.connection_string(), "SELECT count(*) FROM fixture_runs") ==
        "3");
}

TEST_CASE("both runners agree on a dry run") {
  const test::TestDatabase database;
  const test::TempDirectory directory;
  test::copy_sql_directory(directory.path());
  add_second_script(directory.path());

  const auto shell_run = run_migrate_sh(database, directory.path(), true);
  const MigrationReport report =
      MigrationRunner(database.connection_string()).migrate(directory.path(), true);

  CHECK(shell_run.exit_code == 0);
  CHECK_THAT(shell_run.out,
             Catch::Contains("dry run: 2 script(s) would be applied to database version 0"));
  CHECK(report.applied.size() == 2);
  CHECK(report.start_version == 0);
  CHECK(test::take_snapshot(database.connection_string()).tables.empty());
}
