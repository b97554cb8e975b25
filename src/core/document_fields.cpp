#include "core/document_fields.hpp"

#include <fmt/format.h>

#include <ska/oda/error.hpp>

namespace ska::oda::detail {

std::string resolve_user(std::string_view user) {
  const auto invalid = [&](const std::string& reason) {
    return ValidationError("invalid user name: " + reason, {{"user", reason}},
                           {.operation = "write"});
  };
  if (user.find('\0') != std::string_view::npos) {
    throw invalid("it contains a NUL character");
  }
  try {
    (void)Json(std::string(user)).dump();
  } catch (const Json::type_error&) {
    throw invalid("it is not valid UTF-8");
  }
  return std::string(user.empty() ? default_user_name : user);
}

std::string prepare_document(Json& document, const KindDescriptor& kind,
                             SkuidGenerator& generator) {
  const std::string id_field(kind.id_field);
  if (!document.is_object()) {
    throw ValidationError(
        fmt::format("a {} document must be a JSON object, not {}", kind.entity_name,
                    document.type_name()),
        {{"$", "expected an object"}}, {.operation = "add", .entity_kind = std::string(kind.name)});
  }

  const auto found = document.find(id_field);
  const bool missing = found == document.end() || found->is_null() ||
                       (found->is_string() && found->get_ref<const std::string&>().empty());
  if (missing) {
    std::string id = generator.next_id(kind.kind);
    document[id_field] = id;
    return id;
  }

  const std::string path = "$." + id_field;
  if (!found->is_string()) {
    throw ValidationError(
        fmt::format("{} must be a string, not {}", path, found->type_name()),
        {{path, "expected a string"}}, {.operation = "add", .entity_kind = std::string(kind.name)});
  }
  const auto& id = found->get_ref<const std::string&>();
  if (const auto problem = entity_id_problem(id)) {
    throw ValidationError(fmt::format("{} is invalid: {}", path, *problem), {{path, *problem}},
                          {.operation = "add",
                           .entity_kind = std::string(kind.name),
                           .entity_id = id});
  }
  check_link_fields(document, kind, id);
  return id;
}

void check_expected_version(std::optional<int> expected_version) {
  if (expected_version && *expected_version < 0) {
    throw UsageError(fmt::format("expected version {} is negative; pass 0 for an entity that "
                                 "must not exist yet, or the version read before",
                                 *expected_version),
                     {.operation = "add"});
  }
}

void check_link_fields(const Json& document, const KindDescriptor& kind, const std::string& id) {
  for (const LinkField& link : kind.links) {
    for (std::string_view pointer : link.json_pointers) {
      if (pointer.empty()) continue;
      const Json::json_pointer json_pointer{std::string(pointer)};
      if (!document.contains(json_pointer)) continue;
      const Json& value = document.at(json_pointer);
      const std::string path = "$" + std::string(pointer).replace(0, 1, ".");
      std::optional<std::string> problem;
      if (value.is_null()) {
        continue;
      }
      if (link.type == LinkType::text && !value.is_string()) {
        problem = fmt::format("must be a string, not {}", value.type_name());
      } else if (link.type == LinkType::integer && !value.is_number_integer()) {
        problem = fmt::format("must be an integer, not {}", value.type_name());
      } else if (link.type == LinkType::integer && value.get<long long>() < 1) {
        problem = fmt::format("must be at least 1, not {}", value.get<long long>());
      }
      if (problem) {
        throw ValidationError(fmt::format("{} {}", path, *problem), {{path, *problem}},
                              {.operation = "add",
                               .entity_kind = std::string(kind.name),
                               .entity_id = id});
      }
    }
  }
}

namespace {

bool contains_nul(const std::string& text) { return text.find('\0') != std::string::npos; }

// Returns the JSON path of the first string or key holding a NUL character.
std::optional<std::string> find_nul(const Json& value) {
  if (value.is_string()) {
    return contains_nul(value.get_ref<const std::string&>()) ? std::optional<std::string>{""}
                                                             : std::nullopt;
  }
  if (value.is_object()) {
    for (const auto& [key, member] : value.get_ref<const Json::object_t&>()) {
      if (contains_nul(key)) {
        return "." + key;
      }
      if (auto found = find_nul(member)) {
        return "." + key + *found;
      }
    }
  } else if (value.is_array()) {
    const auto& elements = value.get_ref<const Json::array_t&>();
    for (std::size_t index = 0; index < elements.size(); ++index) {
      if (auto found = find_nul(elements[index])) {
        return fmt::format("[{}]{}", index, *found);
      }
    }
  }
  return std::nullopt;
}

// Returns whether serialized JSON contains an escaped NUL character: a `\u0000`
// after an even number of backslashes, because `\\u0000` is a backslash
// followed by the text "u0000".
bool has_escaped_nul(const std::string& text) {
  constexpr std::string_view escape = "\\u0000";
  for (auto position = text.find(escape); position != std::string::npos;
       position = text.find(escape, position + 1)) {
    std::size_t backslashes = 0;
    while (position > backslashes && text[position - backslashes - 1] == '\\') {
      ++backslashes;
    }
    if (backslashes % 2 == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string storable_text(const Json& document, const KindDescriptor& kind) {
  const auto context = [&] {
    return ErrorContext{.operation = "add", .entity_kind = std::string(kind.name)};
  };
  std::string text;
  try {
    text = document.dump();
  } catch (const Json::type_error& error) {
    throw ValidationError(
        fmt::format("the {} document is not valid UTF-8: {}", kind.entity_name, error.what()),
        {{"$", "invalid UTF-8"}}, context());
  }

  // The serializer escapes NUL as \u0000, so a scan of the text finds it
  // far faster than a walk of every member; the walk runs only to name the
  // path of one that is there.
  if (has_escaped_nul(text)) {
    const std::string path = "$" + find_nul(document).value_or("");
    throw ValidationError(
        fmt::format("{} contains a NUL character (\\u0000), which PostgreSQL jsonb cannot store",
                    path),
        {{path, "contains a NUL character"}}, context());
  }
  return text;
}

std::vector<std::optional<std::string>> link_values(const Json& document,
                                                    const KindDescriptor& kind) {
  std::vector<std::optional<std::string>> values;
  values.reserve(kind.links.size());
  for (const LinkField& link : kind.links) {
    std::optional<std::string> value;
    for (std::string_view pointer : link.json_pointers) {
      if (pointer.empty()) continue;
      const Json::json_pointer path{std::string(pointer)};
      if (!document.contains(path)) continue;
      const Json& field = document.at(path);
      if (link.type == LinkType::text && field.is_string()) {
        value = field.get<std::string>();
      } else if (link.type == LinkType::integer && field.is_number_integer()) {
        value = std::to_string(field.get<long long>());
      }
      if (value) break;
    }
    values.push_back(std::move(value));
  }
  return values;
}

void stamp_metadata(Json& document, const EntityVersion& version) {
  Json& metadata = document["metadata"];
  if (!metadata.is_object()) {
    metadata = Json::object();
  }
  metadata["version"] = version.version;
  metadata["created_by"] = version.created_by;
  metadata["created_on"] = format_timestamp(version.created_on);
  metadata["last_modified_by"] = version.last_modified_by;
  metadata["last_modified_on"] = format_timestamp(version.last_modified_on);
}

std::optional<std::string> document_status(const Json& document, const KindDescriptor& kind) {
  const auto found = document.find("status");
  if (found == document.end() || !found->is_string()) {
    return std::nullopt;
  }
  const auto status = normalize_status(kind.kind, found->get_ref<const std::string&>());
  if (!status) {
    return std::nullopt;
  }
  return std::string(*status);
}

const LinkField& link_to(EntityKind kind, EntityKind target) {
  for (const LinkField& link : describe(kind).links) {
    if (link.target == target) {
      return link;
    }
  }
  throw UsageError(fmt::format("a {} has no link to a {}", describe(kind).entity_name,
                               describe(target).entity_name));
}

}  // namespace ska::oda::detail
