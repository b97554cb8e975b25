// The library's migration runner against a real server. Each test case
// creates its own database.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/migration/migration_runner.hpp>

#include "support/database_snapshot.hpp"
#include "support/migration_fixture.hpp"
#include "support/temp_directory.hpp"
#include "support/test_database.hpp"
#include "support/test_paths.hpp"

using namespace ska::oda;
using ska::oda::test::query_value;
using ska::oda::test::take_snapshot;
using ska::oda::test::TempDirectory;
using ska::oda::test::TestDatabase;

namespace {

// Nothing listens on port 1 of the loopback interface, so a runner that
// tried to connect would raise ConnectionError.
constexpr const char* unreachable_server = "host=127.0.0.1 port=1 connect_timeout=2";

/// Returns the MigrationError that the call throws, or fails the test.
template <typename Call>
MigrationError migration_error_of(Call&& call) {
  try {
    call();
  } catch (const MigrationError& error) {
    return error;
  }
  FAIL("no MigrationError was thrown");
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("runner migrates a fresh database") {
  const TestDatabase database;
  const MigrationRunner runner(database.connection_string());
  const auto scripts = scan_migrations(test::sql_dir());
  REQUIRE_FALSE(scripts.empty());

  const MigrationReport first = runner.migrate(test::sql_dir());

  CHECK_FALSE(first.dry_run);
  CHECK(first.start_version == 0);
  CHECK(first.end_version == scripts.back().version);
  REQUIRE(first.applied.size() == scripts.size());
  CHECK(first.applied.front().script == scripts.front());
  REQUIRE(first.applied.front().execution_ms.has_value());
  CHECK(*first.applied.front().execution_ms >= 0);
  CHECK(query_value(database.connection_string(),
                    "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'tab\\_oda\\_%'") ==
        "10");
  CHECK(query_value(database.connection_string(),
                    "SELECT checksum FROM oda_schema_migrations WHERE version = 1") ==
        scripts.front().checksum);

  const auto before = take_snapshot(database.connection_string());
  const MigrationReport second = runner.migrate(test::sql_dir());

  CHECK(second.applied.empty());
  CHECK(second.start_version == scripts.back().version);
  CHECK(second.end_version == scripts.back().version);
  CHECK(take_snapshot(database.connection_string()) == before);
}

TEST_CASE("status lists applied and pending scripts") {
  const TestDatabase database;
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  std::filesystem::rename(directory.path() / "V0003__add_table.sql",
                          directory.path() / "V0003.later");
  const MigrationRunner runner(database.connection_string());
  runner.migrate(directory.path());
  std::filesystem::rename(directory.path() / "V0003.later",
                          directory.path() / "V0003__add_table.sql");

  const auto rows = runner.status(directory.path());

  REQUIRE(rows.size() == 3);
  CHECK(rows[0].version == 1);
  CHECK(rows[0].name == "V0001__create_runs.sql");
  CHECK(rows[0].state == MigrationState::applied);
  CHECK(rows[0].checksum == rows[0].recorded_checksum);
  REQUIRE(rows[0].applied_on.has_value());
  const auto age = std::chrono::system_clock::now() - *rows[0].applied_on;
  CHECK(age < std::chrono::minutes(5));
  CHECK(rows[0].applied_by ==
        query_value(database.connection_string(), "SELECT current_user"));
  CHECK(rows[0].execution_ms.has_value());
  CHECK(rows[1].state == MigrationState::applied);
  CHECK(rows[2].version == 3);
  CHECK(rows[2].state == MigrationState::pending);
  CHECK(rows[2].recorded_checksum.empty());
  CHECK_FALSE(rows[2].applied_on.has_value());
  CHECK_FALSE(rows[2].execution_ms.has_value());
}

TEST_CASE("status reports changed and missing files") {
  const TestDatabase database;
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  const MigrationRunner runner(database.connection_string());
  runner.migrate(directory.path());
  test::append_line(directory.path() / "V0001__create_runs.sql", "-- edited");
  std::filesystem::remove(directory.path() / "V0003__add_table.sql");

  const auto rows = runner.status(directory.path());

  REQUIRE(rows.size() == 3);
  CHECK(rows[0].state == MigrationState::checksum_mismatch);
  CHECK(rows[0].checksum != rows[0].recorded_checksum);
  CHECK(rows[1].state == MigrationState::applied);
  CHECK(rows[2].state == MigrationState::missing_file);
  CHECK(rows[2].name == "V0003__add_table.sql");
  CHECK(to_string(rows[2].state) == "missing file");
}

TEST_CASE("status of a fresh database creates nothing") {
  const TestDatabase database;
  const auto rows = MigrationRunner(database.connection_string()).status(test::sql_dir());

  REQUIRE_FALSE(rows.empty());
  for (const MigrationStatus& row : rows) {
    CHECK(row.state == MigrationState::pending);
  }
  CHECK(take_snapshot(database.connection_string()).tables.empty());
}

TEST_CASE("dry run changes nothing") {
  const TestDatabase database;
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  const MigrationRunner runner(database.connection_string());

  const MigrationReport fresh = runner.migrate(directory.path(), true);

  CHECK(fresh.dry_run);
  CHECK(fresh.start_version == 0);
  CHECK(fresh.end_version == 3);
  REQUIRE(fresh.applied.size() == 3);
  CHECK_FALSE(fresh.applied[0].execution_ms.has_value());
  CHECK(take_snapshot(database.connection_string()).tables.empty());

  std::filesystem::remove(directory.path() / "V0003__add_table.sql");
  runner.migrate(directory.path());
  test::write_file(directory.path() / "V0003__add_table.sql", "CREATE TABLE fixture_added ();");
  const auto before = take_snapshot(database.connection_string());

  const MigrationReport partial = runner.migrate(directory.path(), true);

  CHECK(partial.start_version == 2);
  CHECK(partial.end_version == 3);
  REQUIRE(partial.applied.size() == 1);
  CHECK(partial.applied[0].script.name == "V0003__add_table.sql");
  CHECK(take_snapshot(database.connection_string()) == before);
}

TEST_CASE("runner rejects a tampered script") {
  const TestDatabase database;
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  std::filesystem::remove(directory.path() / "V0003__add_table.sql");
  const MigrationRunner runner(database.connection_string());
  runner.migrate(directory.path());
  test::append_line(directory.path() / "V0001__create_runs.sql", "-- edited after it was applied");
  test::write_file(directory.path() / "V0003__add_table.sql", "CREATE TABLE must_not_exist ();");
  const auto before = take_snapshot(database.connection_string());

  const MigrationError error = migration_error_of([&] { runner.migrate(directory.path()); });

  CHECK_THAT(error.what(),
             Catch::StartsWith("migrations rejected, nothing was applied (1 problem(s))"));
  CHECK_THAT(error.what(), Catch::Contains("V0001__create_runs.sql: checksum of applied version 1 "
                                           "differs from the file (database "));
  CHECK(error.file() == "V0001__create_runs.sql");
  CHECK(take_snapshot(database.connection_string()) == before);
}

TEST_CASE("runner rejects an out-of-order script") {
  const TestDatabase database;
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  const MigrationRunner runner(database.connection_string());
  runner.migrate(directory.path());
  query_value(database.connection_string(),
              "DELETE FROM oda_schema_migrations WHERE version = 2 RETURNING version");
  const auto before = take_snapshot(database.connection_string());

  const MigrationError error = migration_error_of([&] { runner.migrate(directory.path()); });

  CHECK_THAT(error.what(), Catch::Contains("V0002__second_run.sql: pending version 2 is lower "
                                           "than the highest applied version 3"));
  CHECK(error.file() == "V0002__second_run.sql");
  CHECK(take_snapshot(database.connection_string()) == before);
  CHECK(query_value(database.connection_string(), "SELECT count(*) FROM fixture_runs") == "3");
}

TEST_CASE("runner lists every problem in version order") {
  const TestDatabase database;
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  const MigrationRunner runner(database.connection_string());
  runner.migrate(directory.path());
  test::append_line(directory.path() / "V0001__create_runs.sql", "-- edited");
  std::filesystem::remove(directory.path() / "V0003__add_table.sql");

  const MigrationError error = migration_error_of([&] { runner.migrate(directory.path()); });

  const std::string message = error.what();
  CHECK_THAT(message, Catch::StartsWith("migrations rejected, nothing was applied (2 problem(s))"));
  const auto checksum_line = message.find("V0001__create_runs.sql: checksum of applied version 1");
  const auto missing_line =
      message.find("V0003__add_table.sql: applied version 3 has no file in the migration directory");
  CHECK(checksum_line != std::string::npos);
  CHECK(missing_line != std::string::npos);
  CHECK(checksum_line < missing_line);
  CHECK(error.file().empty());
  CHECK(error.detail().find("V0003__add_table.sql") != std::string::npos);
}

TEST_CASE("failing script is rolled back") {
  const TestDatabase database;
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  std::filesystem::remove(directory.path() / "V0003__add_table.sql");
  test::write_file(directory.path() / "V0002__second_run.sql",
                   "CREATE TABLE rolled_back (id integer);\n"
                   "INSERT INTO fixture_runs VALUES ('V0002');\n"
                   "SELECT 1 / 0;\n");
  const MigrationRunner runner(database.connection_string());

  const MigrationError error = migration_error_of([&] { runner.migrate(directory.path()); });

  CHECK(error.file() == "V0002__second_run.sql");
  CHECK_THAT(error.what(), Catch::StartsWith("V0002__second_run.sql: division by zero"));
  CHECK(error.sqlstate() == "22012");
  CHECK_THAT(error.detail(), Catch::Contains("division by zero"));
  CHECK(query_value(database.connection_string(),
                    "SELECT string_agg(version::text, ',') FROM oda_schema_migrations") == "1");
  CHECK(query_value(database.connection_string(), "SELECT to_regclass('rolled_back')").empty());
  CHECK(query_value(database.connection_string(), "SELECT count(*) FROM fixture_runs") == "1");
}

TEST_CASE("directory errors come before connecting") {
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  const MigrationRunner runner(unreachable_server);

  SECTION("gap") {
    std::filesystem::remove(directory.path() / "V0002__second_run.sql");
    const MigrationError error = migration_error_of([&] { runner.migrate(directory.path()); });
    CHECK_THAT(error.what(),
               Catch::Contains("version 2 is missing between V0001__create_runs.sql and "
                               "V0003__add_table.sql"));
  }
  SECTION("duplicate") {
    std::filesystem::copy_file(directory.path() / "V0002__second_run.sql",
                               directory.path() / "V2__same_version.sql");
    const MigrationError error = migration_error_of([&] { runner.migrate(directory.path()); });
    CHECK_THAT(error.what(),
               Catch::Contains("version 2: V0002__second_run.sql V2__same_version.sql"));
  }
  SECTION("status") {
    std::filesystem::remove(directory.path() / "V0001__create_runs.sql");
    const MigrationError error = migration_error_of([&] { runner.status(directory.path()); });
    CHECK_THAT(error.what(), Catch::Contains("version 1 is missing before V0002__second_run.sql"));
  }
}

TEST_CASE("runner needs the bookkeeping DDL") {
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  std::filesystem::remove(directory.path() / "migrations_table.sql");

  const MigrationError error =
      migration_error_of([&] { MigrationRunner(unreachable_server).migrate(directory.path()); });

  CHECK(error.file() == "migrations_table.sql");
  CHECK_THAT(error.what(), Catch::Contains("bookkeeping DDL not found"));
}

TEST_CASE("script search_path does not leak") {
  const TestDatabase database;
  query_value(database.connection_string(), "CREATE SCHEMA team_a; SELECT 1");
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  // V0001 moves the session to public; the runner must restore team_a for
  // the bookkeeping row and for V0002 and V0003.
  test::append_line(directory.path() / "V0001__create_runs.sql",
                    "SELECT set_config('search_path', 'public', false);");

  MigrationRunner(database.connection_string() + " options='-c search_path=team_a'")
      .migrate(directory.path());

  const auto snapshot = take_snapshot(database.connection_string());
  CHECK(snapshot.tables == std::vector<std::string>{"team_a.fixture_added", "team_a.fixture_runs",
                                                    "team_a.oda_schema_migrations"});
}

TEST_CASE("unreachable server raises ConnectionError") {
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  // No connect_timeout here, so the runner adds its own.
  const MigrationRunner runner("host=127.0.0.1 port=1 password=not-for-messages");
  const auto started = std::chrono::steady_clock::now();

  try {
    runner.migrate(directory.path());
    FAIL("migrate succeeded against port 1");
  } catch (const ConnectionError& error) {
    const std::string message = error.what();
    CHECK_THAT(message, Catch::StartsWith("failed to connect to PostgreSQL at host \"127.0.0.1\", "
                                          "port 1"));
    CHECK(message.find('\n') == std::string::npos);
    CHECK(message.find("not-for-messages") == std::string::npos);
    CHECK(error.detail().find("not-for-messages") == std::string::npos);
  }
  CHECK(std::chrono::steady_clock::now() - started <
        std::chrono::seconds(MigrationRunner::default_connect_timeout_seconds + 5));
}

TEST_CASE("runner adds a connect timeout") {
  // A socket that listens and never accepts: the kernel completes the TCP
  // handshake, and libpq then waits for a reply that never comes.
  const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(listener >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  socklen_t address_size = sizeof address;
  REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::listen(listener, 4) == 0);
  REQUIRE(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &address_size) == 0);
  const std::string port = std::to_string(ntohs(address.sin_port));
  // PGCONNECT_TIMEOUT would replace the runner's default.
  ::unsetenv("PGCONNECT_TIMEOUT");
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  const auto started = std::chrono::steady_clock::now();

  CHECK_THROWS_AS(MigrationRunner("host=127.0.0.1 port=" + port).status(directory.path()),
                  ConnectionError);

  const auto elapsed = std::chrono::steady_clock::now() - started;
  ::close(listener);
  CHECK(elapsed >= std::chrono::seconds(MigrationRunner::default_connect_timeout_seconds - 1));
  CHECK(elapsed < std::chrono::seconds(MigrationRunner::default_connect_timeout_seconds + 5));
}

TEST_CASE("invalid connection string raises UsageError") {
  const TempDirectory directory;
  test::make_fixture_directory(directory.path());
  CHECK_THROWS_AS(MigrationRunner("host=127.0.0.1 no_such_keyword=1").migrate(directory.path()),
                  UsageError);
}
