#include "support/database_snapshot.hpp"

#include <pqxx/pqxx>

namespace ska::oda::test {

DatabaseSnapshot take_snapshot(const std::string& connection_string) {
  pqxx::connection connection(connection_string);
  pqxx::read_transaction work(connection);
  DatabaseSnapshot snapshot;
  for (const pqxx::row& row :
       work.exec("SELECT schemaname || '.' || tablename FROM pg_tables"
                 " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
                 " ORDER BY 1")) {
    snapshot.tables.push_back(row[0].as<std::string>());
  }
  if (work.exec1("SELECT to_regclass('oda_schema_migrations') IS NOT NULL")[0].as<bool>()) {
    for (const pqxx::row& row :
         work.exec("SELECT concat_ws(' ', version, name, checksum, applied_on, applied_by,"
                   " execution_ms) FROM oda_schema_migrations ORDER BY version")) {
      snapshot.bookkeeping.push_back(row[0].as<std::string>());
    }
  }
  return snapshot;
}

std::string query_value(const std::string& connection_string, const std::string& sql) {
  pqxx::connection connection(connection_string);
  pqxx::nontransaction work(connection);
  const pqxx::field value = work.exec1(sql)[0];
  return value.is_null() ? std::string() : value.as<std::string>();
}

}  // namespace ska::oda::test
