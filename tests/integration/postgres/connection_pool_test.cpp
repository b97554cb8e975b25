// Behaviour of the PostgreSQL connection pool that the in-memory backend
// has no counterpart for.
#include <atomic>
#include <thread>

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <ska/oda/error.hpp>
#include <ska/oda/postgres/connection_pool.hpp>
#include <ska/oda/run_in_unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"
#include "support/test_database.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

namespace {

postgres::ConnectionSettings test_settings() {
  postgres::ConnectionSettings settings;
  settings.connection_string = migrated_test_database().connection_string();
  return settings;
}

// Ends every other server process of the test database, as a server
// restart would.
void terminate_other_connections() {
  pqxx::connection admin(migrated_test_database().connection_string());
  pqxx::nontransaction work(admin);
  work.exec(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
      "WHERE datname = current_database() AND pid <> pg_backend_pid()");
}

}  // namespace

TEST_CASE("pool, acquire timeout when exhausted") {
  auto settings = test_settings();
  settings.max_connections = 1;
  settings.acquire_timeout = std::chrono::milliseconds(200);
  postgres::ConnectionPool pool(settings);

  auto held = pool.begin();
  const auto started = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(pool.begin(), ConnectionError);
  CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(200));
  CHECK(pool.open_connections() == 1);

  held.reset();
  CHECK(pool.idle_connections() == 1);
  CHECK_NOTHROW(pool.begin());
}

TEST_CASE("pool, waiting unit gets released connection") {
  auto settings = test_settings();
  settings.max_connections = 1;
  postgres::ConnectionPool pool(settings);

  auto held = pool.begin();
  std::atomic<bool> acquired{false};
  std::thread waiter([&] {
    auto unit = pool.begin();
    acquired = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK_FALSE(acquired);
  held.reset();
  waiter.join();
  CHECK(acquired);
}

TEST_CASE("pool, unreachable server hides password") {
  postgres::ConnectionSettings settings;
  settings.connection_string = "host=127.0.0.1 port=1 password=hunter2 connect_timeout=2";
  postgres::ConnectionPool pool(settings);
  try {
    pool.begin();
    FAIL("no exception");
  } catch (const ConnectionError& error) {
    const std::string message = error.what();
    CHECK_THAT(message, Catch::Contains("127.0.0.1") && Catch::Contains("port=1"));
    CHECK_THAT(message, !Catch::Contains("hunter2"));
    CHECK_FALSE(is_retryable(error));
  }
}

TEST_CASE("pool, reconnects after server restart") {
  auto settings = test_settings();
  settings.health_check_after_idle = std::chrono::milliseconds(0);
  postgres::ConnectionPool pool(settings);
  const std::string id = "sbd-" + unique_prefix();
  {
    auto unit = pool.begin();
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    unit->commit();
  }
  terminate_other_connections();

  auto unit = pool.begin();
  CHECK(unit->documents(EntityKind::sbd).contains(id));
}

TEST_CASE("run_in_unit_of_work, retries a broken connection") {
  auto settings = test_settings();
  settings.health_check_after_idle = std::chrono::hours(1);
  postgres::ConnectionPool pool(settings);
  const std::string id = "sbd-" + unique_prefix();
  run_in_unit_of_work(pool, [&](UnitOfWork& unit) { unit.documents(EntityKind::sbd).add(sbd_document(id)); });
  terminate_other_connections();

  int attempts = 0;
  const int version = run_in_unit_of_work(pool, [&](UnitOfWork& unit) {
    ++attempts;
    return unit.documents(EntityKind::sbd).add(sbd_document(id)).version.version;
  });
  CHECK(version == 2);
  CHECK(attempts >= 1);
}

TEST_CASE("run_in_unit_of_work, no retry of other errors") {
  postgres::ConnectionPool pool(test_settings());
  int attempts = 0;
  CHECK_THROWS_AS(run_in_unit_of_work(pool,
                                      [&](UnitOfWork& unit) {
                                        ++attempts;
                                        unit.documents(EntityKind::sbd).get("sbd-" + unique_prefix());
                                      }),
                  NotFound);
  CHECK(attempts == 1);
}

TEST_CASE("run_in_unit_of_work, retries serialization failures") {
  postgres::ConnectionPool pool(test_settings());
  int attempts = 0;
  run_in_unit_of_work(
      pool,
      [&](UnitOfWork&) {
        ++attempts;
        if (attempts < 3) {
          throw QueryError("simulated", {.operation = "test", .sqlstate = "40001"});
        }
      },
      3);
  CHECK(attempts == 3);

  attempts = 0;
  CHECK_THROWS_AS(run_in_unit_of_work(
                      pool,
                      [&](UnitOfWork&) {
                        ++attempts;
                        throw QueryError("simulated", {.operation = "test", .sqlstate = "40P01"});
                      },
                      2),
                  QueryError);
  CHECK(attempts == 2);
}

TEST_CASE("postgres errors keep server text in detail") {
  // A database without the schema: the server reports the missing table.
  TestDatabase empty_database;
  postgres::ConnectionSettings settings;
  settings.connection_string = empty_database.connection_string();
  postgres::ConnectionPool pool(settings);
  auto unit = pool.begin();
  try {
    unit->documents(EntityKind::sbd).get("sbd-1");
    FAIL("no exception");
  } catch (const QueryError& error) {
    CHECK(error.sqlstate() == "42P01");
    CHECK_THAT(error.detail(), Catch::Contains("tab_oda_sbd"));
    CHECK_THAT(error.what(), Catch::Contains("oda db migrate"));
    CHECK_THAT(error.what(), !Catch::Contains("does not exist\n"));
  }
}

TEST_CASE("pool, connection failure names the cause") {
  postgres::ConnectionSettings settings;
  settings.connection_string = "dbname=oda_no_such_database_" + unique_prefix();
  postgres::ConnectionPool pool(settings);
  try {
    pool.begin();
    FAIL("no exception");
  } catch (const ConnectionError& error) {
    CHECK_THAT(error.what(), Catch::Contains("does not exist"));
  }
}

TEST_CASE("pool, malformed connection string is a usage error") {
  postgres::ConnectionSettings settings;
  settings.connection_string = "host=127.0.0.1 nonsense";
  CHECK_THROWS_AS(postgres::ConnectionPool(settings), UsageError);
}
