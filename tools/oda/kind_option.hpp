#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include <ska/oda/entity_kind.hpp>

namespace ska::oda::cli {

/// Lists the kinds' command names ("sbds, sbis, ...") for help and messages.
std::string kind_names();

/// Finds a kind by its command name (sbds), singular name (sbd) or PDM class
/// name (SBDefinition), ignoring case. Throws UsageError, listing the kinds,
/// for any other text.
EntityKind parse_kind_argument(std::string_view text);

/// A CLI11 check that accepts what parse_kind_argument() accepts, so that a
/// wrong kind is a usage error before any command runs.
CLI::Validator kind_validator();

}  // namespace ska::oda::cli
