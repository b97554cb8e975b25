#pragma once

// Converts result rows of the prepared statements into library types. The
// column layouts are the ones statements.cpp and query_sql.cpp select.

#include <pqxx/row>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/status_record.hpp>
#include <ska/oda/stored_entity.hpp>

namespace ska::oda::postgres::detail {

/// Reads version, created_by, created_on, last_modified_by and
/// last_modified_on from five columns starting at `first`.
EntityVersion read_version(const pqxx::row& row, pqxx::row::size_type first,
                           std::string entity_id);

/// Reads info, the five version columns, the current status and the id.
StoredEntity read_entity(const pqxx::row& row);

/// Reads entity_version, status, previous_status, updated_by and as_of.
StatusRecord read_status(const pqxx::row& row, EntityKind kind, std::string entity_id);

}  // namespace ska::oda::postgres::detail
