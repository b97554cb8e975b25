#include <catch2/catch.hpp>

#include <pqxx/pqxx>

#include "support/test_database.hpp"

TEST_CASE("test database is PostgreSQL 15 or later") {
  const auto& database = ska::oda::test::migrated_test_database();
  pqxx::connection connection(database.connection_string());
  pqxx::read_transaction work(connection);
  const int server_version = work.exec1("SHOW server_version_num")[0].as<int>();
  CHECK(server_version >= 150000);
  CHECK(work.exec1("SELECT current_database()")[0].as<std::string>() == database.name());
}
