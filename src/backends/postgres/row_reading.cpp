#include "backends/postgres/row_reading.hpp"

#include <pqxx/field>

#include <ska/oda/error.hpp>
#include <ska/oda/timestamp.hpp>

namespace ska::oda::postgres::detail {

namespace {

Timestamp read_timestamp(const pqxx::field& field) {
  const auto parsed = parse_timestamp(field.c_str());
  if (!parsed) {
    throw QueryError(std::string("the server returned an unreadable timestamp: ") + field.c_str());
  }
  return *parsed;
}

}  // namespace

EntityVersion read_version(const pqxx::row& row, pqxx::row::size_type first,
                           std::string entity_id) {
  EntityVersion version;
  version.entity_id = std::move(entity_id);
  version.version = row[first].as<int>();
  version.created_by = row[first + 1].as<std::string>();
  version.created_on = read_timestamp(row[first + 2]);
  version.last_modified_by = row[first + 3].as<std::string>();
  version.last_modified_on = read_timestamp(row[first + 4]);
  return version;
}

StoredEntity read_entity(const pqxx::row& row) {
  StoredEntity entity;
  const pqxx::field info = row[0];
  entity.document = Json::parse(info.c_str(), info.c_str() + info.size());
  entity.version = read_version(row, 1, row[7].as<std::string>());
  if (!row[6].is_null()) {
    entity.status = row[6].as<std::string>();
  }
  return entity;
}

StatusRecord read_status(const pqxx::row& row, EntityKind kind, std::string entity_id) {
  StatusRecord record;
  record.kind = kind;
  record.entity_id = std::move(entity_id);
  record.entity_version = row[0].as<int>();
  record.status = row[1].as<std::string>();
  if (!row[2].is_null()) {
    record.previous_status = row[2].as<std::string>();
  }
  record.updated_by = row[3].as<std::string>();
  record.as_of = read_timestamp(row[4]);
  return record;
}

}  // namespace ska::oda::postgres::detail
