#pragma once

#include <vector>

#include <ska/oda/json.hpp>
#include <ska/oda/status_record.hpp>
#include <ska/oda/stored_entity.hpp>

namespace ska::oda::cli {

/// Prints a JSON value on stdout, indented by two spaces. Invalid UTF-8 in
/// strings is replaced by U+FFFD rather than failing.
void print_json(const Json& value);

/// The metadata of a version as a JSON object, with ISO 8601 timestamps.
Json version_json(const EntityVersion& version);

/// A status record as a JSON object.
Json status_record_json(const StatusRecord& record);

/// Prints entities as a table of id, version, users, timestamps and status,
/// sized to output_width().
void print_entity_table(const std::vector<StoredEntity>& entities);

}  // namespace ska::oda::cli
