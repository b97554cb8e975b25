#pragma once

#include <string>
#include <vector>

namespace ska::oda::test {

/// The parts of a database that a rejected migration run must leave alone:
/// every oda_schema_migrations row and every table outside the system
/// schemas.
struct DatabaseSnapshot {
  /// One line per bookkeeping row: version, name, checksum, applied_on,
  /// applied_by and execution_ms. Empty when the table does not exist.
  std::vector<std::string> bookkeeping;
  /// schema.table names in order.
  std::vector<std::string> tables;

  friend bool operator==(const DatabaseSnapshot&, const DatabaseSnapshot&) = default;
};

/// Takes a snapshot of the database named by the libpq connection string.
DatabaseSnapshot take_snapshot(const std::string& connection_string);

/// Runs a query that returns one value and returns it as text, or "" for
/// NULL.
std::string query_value(const std::string& connection_string, const std::string& sql);

}  // namespace ska::oda::test
