#pragma once

#include <string>

namespace ska::oda::test {

/// A database created for one test process on the server named by the libpq
/// PG* variables, and dropped when the process exits. Runs never share data.
class TestDatabase {
public:
  /// Creates a database with a unique name, connecting first to the
  /// maintenance database (PGDATABASE, else "postgres").
  TestDatabase();
  ~TestDatabase();

  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& name() const { return name_; }

  /// A libpq connection string for the database; the other connection
  /// parameters come from the PG* variables.
  std::string connection_string() const;

private:
  std::string name_;
};

/// Returns this process's database, created on first use with the schema of
/// sql/ applied.
const TestDatabase& migrated_test_database();

/// Returns a libpq connection string for the server's maintenance database.
std::string maintenance_connection_string();

}  // namespace ska::oda::test
