#pragma once

#include <optional>
#include <string>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/timestamp.hpp>

namespace ska::oda {

/// One row of an entity's append-only status history.
struct StatusRecord {
  EntityKind kind = EntityKind::sbd;
  std::string entity_id;
  int entity_version = 0;
  /// The status in the current model's spelling.
  std::string status;
  std::optional<std::string> previous_status;
  std::string updated_by;
  Timestamp as_of;

  friend bool operator==(const StatusRecord&, const StatusRecord&) = default;
};

}  // namespace ska::oda
