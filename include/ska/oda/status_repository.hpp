#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/status_record.hpp>

namespace ska::oda {

/// The status histories of all kinds, seen through a unit of work.
class StatusRepository {
public:
  virtual ~StatusRepository() = default;

  /// Appends a status for an existing entity, for its latest version unless
  /// one is given. Throws ValidationError, listing the valid statuses, for a
  /// status unknown to the kind, and NotFound when the entity or version
  /// does not exist.
  virtual StatusRecord update_status(EntityKind kind, std::string_view id,
                                     std::string_view status, std::string_view user = {},
                                     std::optional<int> version = std::nullopt) = 0;

  /// Returns the latest record, or nothing when the entity has none.
  virtual std::optional<StatusRecord> current_status(EntityKind kind, std::string_view id) = 0;

  /// Returns every record, oldest first.
  virtual std::vector<StatusRecord> history(EntityKind kind, std::string_view id) = 0;
};

}  // namespace ska::oda
