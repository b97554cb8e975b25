#include "support/test_database.hpp"

#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <random>

#include <pqxx/pqxx>

#include <ska/oda/migration/migration_runner.hpp>

#include "support/test_paths.hpp"

namespace ska::oda::test {

namespace {

std::string unique_database_name() {
  std::random_device entropy;
  std::uniform_int_distribution<unsigned> digits(0, 0xFFFFFF);
  return "oda_test_" + std::to_string(::getpid()) + "_" + std::to_string(digits(entropy));
}

}  // namespace

std::string maintenance_connection_string() {
  const char* database = std::getenv("PGDATABASE");
  return std::string("dbname=") + (database != nullptr ? database : "postgres");
}

TestDatabase::TestDatabase() : name_(unique_database_name()) {
  pqxx::connection connection(maintenance_connection_string());
  pqxx::nontransaction work(connection);
  work.exec("CREATE DATABASE " + connection.quote_name(name_));
}

TestDatabase::~TestDatabase() {
  try {
    pqxx::connection connection(maintenance_connection_string());
    pqxx::nontransaction work(connection);
    work.exec("DROP DATABASE IF EXISTS " + connection.quote_name(name_) + " WITH (FORCE)");
  } catch (const std::exception& error) {
    // A destructor must not throw; a leftover database is only clutter on a
    // throwaway test server, so report it and go on.
    std::cerr << "warning: could not drop test database " << name_ << ": " << error.what()
              << '\n';
  }
}

std::string TestDatabase::connection_string() const { return "dbname=" + name_; }

const TestDatabase& migrated_test_database() {
  static const TestDatabase database;
  // A failed migration throws, and the next call tries again.
  static const bool migrated = [] {
    MigrationRunner(database.connection_string()).migrate(sql_dir());
    return true;
  }();
  (void)migrated;
  return database;
}

}  // namespace ska::oda::test
