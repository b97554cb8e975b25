#include <ska/oda/entity_kind.hpp>

#include <algorithm>
#include <cctype>

namespace ska::oda {

namespace {

// Lower-cases ASCII letters and turns underscores into spaces, so that
// "FULLY_OBSERVED", "fully_observed" and "Fully Observed" compare equal.
std::string fold(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) {
    c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return folded;
}

}  // namespace

std::optional<EntityKind> parse_kind(std::string_view text) {
  const std::string wanted = fold(text);
  for (const KindDescriptor& descriptor : kind_descriptors) {
    if (wanted == fold(descriptor.name) || wanted == fold(descriptor.plural) ||
        wanted == fold(descriptor.entity_name)) {
      return descriptor.kind;
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> normalize_status(EntityKind kind, std::string_view status) {
  const std::string wanted = fold(status);
  const auto& statuses = describe(kind).statuses;
  const auto match = std::find_if(statuses.begin(), statuses.end(),
                                  [&](std::string_view known) { return fold(known) == wanted; });
  if (match == statuses.end()) {
    return std::nullopt;
  }
  return *match;
}

std::string list_statuses(EntityKind kind) {
  std::string listed;
  for (std::string_view status : describe(kind).statuses) {
    if (!listed.empty()) {
      listed += ", ";
    }
    listed += status;
  }
  return listed;
}

}  // namespace ska::oda
