// Runs the real oda tool as a subprocess against the test server.
#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/command.hpp"
#include "support/migration_fixture.hpp"
#include "support/temp_directory.hpp"
#include "support/test_database.hpp"
#include "support/test_paths.hpp"

// The tool exists only when the build includes it.
#ifdef SKA_ODA_TOOL_PATH

using namespace ska::oda;

namespace {

std::string oda_path() {
  const char* from_environment = std::getenv("ODA_BIN");
  return from_environment != nullptr && *from_environment != '\0' ? from_environment
                                                                   : SKA_ODA_TOOL_PATH;
}

/// Returns the line of a status table that names the file, or "".
std::string table_line(const std::string& table, const std::string& file) {
  const std::size_t found = table.find(file);
  if (found == std::string::npos) {
    return "";
  }
  const std::size_t previous_newline = table.rfind('\n', found);
  const std::size_t start = previous_newline == std::string::npos ? 0 : previous_newline + 1;
  const std::size_t end = table.find('\n', found);
  return table.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

test::CommandResult run_oda(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), oda_path());
  return test::run_command(arguments);
}

}  // namespace

TEST_CASE("oda db migrate then status") {
  const test::TestDatabase database;
  const std::string dsn = database.connection_string();
  const std::string sql_dir = test::sql_dir().string();

  const auto migrate = run_oda({"--dsn", dsn, "db", "migrate", "--sql-dir", sql_dir});
  INFO("stderr: " << migrate.err);
  REQUIRE(migrate.exit_code == 0);
  CHECK_THAT(migrate.out, Catch::Contains("applied V0001__create_oda_schema.sql (version 1) in "));

  const auto again = run_oda({"--dsn", dsn, "db", "migrate", "--sql-dir", sql_dir});
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::StartsWith("nothing to apply, database is at version "));

  const auto status = run_oda({"--dsn", dsn, "db", "status", "--sql-dir", sql_dir});
  CHECK(status.exit_code == 0);
  CHECK_THAT(status.out, Catch::StartsWith("VERSION  FILE"));
  CHECK_THAT(table_line(status.out, "V0001__create_oda_schema.sql"),
             Catch::Matches("1 +V0001__create_oda_schema\\.sql +applied +[0-9a-f]{12} +"
                            "[0-9-]{10} [0-9:]{8}Z +[0-9]+ ms"));
  CHECK_THAT(status.out, !Catch::Contains("pending"));

  const auto json_status = run_oda({"--dsn", dsn, "--json", "db", "status", "--sql-dir", sql_dir});
  REQUIRE(json_status.exit_code == 0);
  const auto rows = nlohmann::json::parse(json_status.out);
  REQUIRE(rows.is_array());
  REQUIRE_FALSE(rows.empty());
  for (const auto& row : rows) {
    CHECK(row.at("state") == "applied");
    CHECK(row.at("checksum").get<std::string>().size() == 64);
    CHECK(row.at("checksum") == row.at("recorded_checksum"));
    CHECK_THAT(row.at("applied_on").get<std::string>(),
               Catch::Matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z"));
    CHECK(row.at("execution_ms").is_number_integer());
  }
}

TEST_CASE("oda db migrate dry run and JSON") {
  const test::TestDatabase database;
  const std::string dsn = database.connection_string();
  const test::TempDirectory directory;
  test::make_fixture_directory(directory.path());

  const auto dry_run = run_oda(
      {"--dsn", dsn, "db", "migrate", "--dry-run", "--sql-dir", directory.path().string()});
  CHECK(dry_run.exit_code == 0);
  CHECK_THAT(dry_run.out, Catch::Contains("would apply V0003__add_table.sql (version 3)"));
  CHECK_THAT(dry_run.out,
             Catch::Contains("dry run: 3 script(s) would be applied to database version 0"));

  const auto migrate = run_oda(
      {"--dsn", dsn, "--json", "db", "migrate", "--sql-dir", directory.path().string()});
  REQUIRE(migrate.exit_code == 0);
  const auto report = nlohmann::json::parse(migrate.out);
  CHECK(report.at("dry_run") == false);
  CHECK(report.at("start_version") == 0);
  CHECK(report.at("end_version") == 3);
  CHECK(report.at("applied").size() == 3);
}

TEST_CASE("oda db migrate rejects a tampered script") {
  const test::TestDatabase database;
  const std::string dsn = database.connection_string();
  const test::TempDirectory directory;
  test::make_fixture_directory(directory.path());
  REQUIRE(run_oda({"--dsn", dsn, "db", "migrate", "--sql-dir", directory.path().string()})
              .exit_code == 0);
  test::append_line(directory.path() / "V0002__second_run.sql", "-- edited");

  const auto migrate =
      run_oda({"--dsn", dsn, "db", "migrate", "--sql-dir", directory.path().string()});
  CHECK(migrate.exit_code == 1);
  CHECK_THAT(migrate.err, Catch::Contains("V0002__second_run.sql: checksum of applied version 2"));

  const auto status =
      run_oda({"--dsn", dsn, "db", "status", "--sql-dir", directory.path().string()});
  CHECK(status.exit_code == 0);
  CHECK_THAT(table_line(status.out, "V0002__second_run.sql"),
             Catch::Contains(" checksum mismatch "));
}

TEST_CASE("oda db status of an unreachable server") {
  const auto status = run_oda({"--dsn", "host=127.0.0.1 port=1 connect_timeout=2", "db", "status"});

  CHECK(status.exit_code == 3);
  CHECK(status.out.empty());
  CHECK_THAT(status.err, Catch::StartsWith("oda: failed to connect to PostgreSQL at host "
                                           "\"127.0.0.1\", port 1"));
  // One line: the message and its newline.
  CHECK(status.err.find('\n') == status.err.size() - 1);
}

TEST_CASE("oda db migrate of an unreachable server") {
  const auto migrate = run_oda({"--dsn", "host=127.0.0.1 port=1 connect_timeout=2", "db", "migrate"});

  CHECK(migrate.exit_code == 3);
  CHECK(migrate.err.find('\n') == migrate.err.size() - 1);
}

#endif  // SKA_ODA_TOOL_PATH
