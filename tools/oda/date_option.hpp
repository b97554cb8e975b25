#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include <ska/oda/timestamp.hpp>

namespace ska::oda::cli {

/// A CLI11 check for date options. It accepts what parse_timestamp() reads:
/// `2026-01-22`, `2026-01-22 15:43`, `2026-01-22T15:43:53` and the same with
/// fractional seconds and a `Z` or `+HH:MM` offset (none means UTC). Any other
/// text is a usage error whose message shows an accepted example.
CLI::Validator date_validator();

/// Parses the value of a date option that date_validator() accepted. Throws
/// UsageError for any other text.
Timestamp parse_date_option(const std::string& option, const std::string& text);

}  // namespace ska::oda::cli
