#include "date_option.hpp"

#include <fmt/format.h>

#include <ska/oda/error.hpp>

namespace ska::oda::cli {

namespace {

std::string invalid_date_message(const std::string& text) {
  return fmt::format(
      "invalid date \"{}\"; use ISO 8601 such as 2026-01-22T15:43:00Z or "
      "2026-01-22T15:43:00+02:00, or \"2026-01-22 15:43\", or 2026-01-22 (UTC unless an "
      "offset is given)",
      text);
}

}  // namespace

CLI::Validator date_validator() {
  return CLI::Validator(
      [](const std::string& text) {
        return parse_timestamp(text) ? std::string() : invalid_date_message(text);
      },
      "DATE");
}

Timestamp parse_date_option(const std::string& option, const std::string& text) {
  if (const auto timestamp = parse_timestamp(text)) {
    return *timestamp;
  }
  throw UsageError(option + ": " + invalid_date_message(text));
}

}  // namespace ska::oda::cli
