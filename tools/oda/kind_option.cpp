#include "kind_option.hpp"

#include <fmt/format.h>

#include <ska/oda/error.hpp>

namespace ska::oda::cli {

namespace {

std::string unknown_kind_message(std::string_view text) {
  return fmt::format("unknown kind \"{}\"; use one of {}", text, kind_names());
}

}  // namespace

std::string kind_names() {
  std::string names;
  for (const KindDescriptor& descriptor : kind_descriptors) {
    if (!names.empty()) {
      names += ", ";
    }
    names += descriptor.plural;
  }
  return names;
}

EntityKind parse_kind_argument(std::string_view text) {
  if (const auto kind = parse_kind(text)) {
    return *kind;
  }
  throw UsageError(unknown_kind_message(text));
}

CLI::Validator kind_validator() {
  return CLI::Validator(
      [](const std::string& text) {
        return parse_kind(text) ? std::string() : unknown_kind_message(text);
      },
      "KIND");
}

}  // namespace ska::oda::cli
