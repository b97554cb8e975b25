#include <barrier>
#include <exception>
#include <thread>

#include <catch2/catch.hpp>

#include <ska/oda/migration/migration_runner.hpp>

#include "support/database_snapshot.hpp"
#include "support/migration_fixture.hpp"
#include "support/temp_directory.hpp"
#include "support/test_database.hpp"

using namespace ska::oda;

TEST_CASE("concurrent runners apply each script once") {
  const test::TestDatabase database;
  const test::TempDirectory directory;
  // The sleep in V0002 keeps the first runner inside the lock long enough
  // for the second to start and wait.
  test::make_fixture_directory(directory.path(), 1.0);

  std::barrier start(2);
  MigrationReport reports[2];
  std::exception_ptr errors[2];
  const auto run = [&](int index) {
    try {
      const MigrationRunner runner(database.connection_string());
      start.arrive_and_wait();
      reports[index] = runner.migrate(directory.path());
    } catch (...) {
      errors[index] = std::current_exception();
    }
  };
  std::thread first(run, 0);
  std::thread second(run, 1);
  first.join();
  second.join();

  REQUIRE_FALSE(errors[0]);
  REQUIRE_FALSE(errors[1]);
  CHECK(reports[0].applied.size() + reports[1].applied.size() == 3);
  // The runner that waited finds everything applied.
  CHECK((reports[0].applied.empty() || reports[1].applied.empty()));
  CHECK(reports[0].end_version == 3);
  CHECK(reports[1].end_version == 3);
  CHECK(test::query_value(database.connection_string(),
                          "SELECT string_agg(script, ',' ORDER BY script) FROM fixture_runs") ==
        "V0001,V0002,V0003");
  CHECK(test::query_value(database.connection_string(),
                          "SELECT count(*) FROM oda_schema_migrations") == "3");
}
