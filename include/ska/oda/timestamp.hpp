#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <ska/oda/export.hpp>

namespace ska::oda {

/// A point in time in UTC with the microsecond resolution of PostgreSQL's
/// timestamptz.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

/// Formats a timestamp as ISO 8601 in UTC with microseconds and a `Z`
/// suffix, as pydantic writes PDM metadata: `2026-01-22T15:43:53.971548Z`.
SKA_ODA_EXPORT std::string format_timestamp(Timestamp timestamp);

/// Parses an ISO 8601 date-time: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM`, or
/// `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` with an optional `Z` or `+HH:MM` offset.
/// A value without an offset is taken as UTC. Returns nothing when the text
/// has none of these forms or names an impossible date.
SKA_ODA_EXPORT std::optional<Timestamp> parse_timestamp(std::string_view text);

}  // namespace ska::oda
