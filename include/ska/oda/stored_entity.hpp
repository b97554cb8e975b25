#pragma once

#include <optional>
#include <string>

#include <ska/oda/json.hpp>
#include <ska/oda/timestamp.hpp>

namespace ska::oda {

/// The metadata of one stored version of an entity.
struct EntityVersion {
  std::string entity_id;
  int version = 0;
  std::string created_by;
  Timestamp created_on;
  std::string last_modified_by;
  Timestamp last_modified_on;

  friend bool operator==(const EntityVersion&, const EntityVersion&) = default;
};

/// A document as the archive stores it: its `metadata` object carries the
/// version, the users and the timestamps below.
struct StoredEntity {
  Json document;
  EntityVersion version;
  /// The entity's current status, when its kind keeps a status history and
  /// the read asked for it (queries always do).
  std::optional<std::string> status;
};

}  // namespace ska::oda
