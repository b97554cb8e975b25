#include "core/status_rules.hpp"

#include <fmt/format.h>

#include <ska/oda/error.hpp>

namespace ska::oda::detail {

std::string checked_status(EntityKind kind, std::string_view status) {
  const KindDescriptor& descriptor = describe(kind);
  if (descriptor.statuses.empty()) {
    throw UsageError(fmt::format("the archive keeps no status history for {}",
                                 descriptor.entity_name),
                     {.operation = "update status", .entity_kind = std::string(descriptor.name)});
  }
  const auto normalized = normalize_status(kind, status);
  if (!normalized) {
    throw ValidationError(
        fmt::format("unknown {} status \"{}\"; the valid ones are: {}", descriptor.entity_name,
                    status, list_statuses(kind)),
        {{"$.status", fmt::format("unknown status \"{}\"", status)}},
        {.operation = "update status", .entity_kind = std::string(descriptor.name)});
  }
  return std::string(*normalized);
}

}  // namespace ska::oda::detail
