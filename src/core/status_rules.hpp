#pragma once

#include <string>
#include <string_view>

#include <ska/oda/entity_kind.hpp>

namespace ska::oda::detail {

/// Returns the status in the kind's current spelling. Throws ValidationError
/// listing the valid statuses when it is unknown, and UsageError when the
/// kind keeps no status history.
std::string checked_status(EntityKind kind, std::string_view status);

}  // namespace ska::oda::detail
