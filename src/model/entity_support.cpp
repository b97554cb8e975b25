#include "model/entity_support.hpp"

#include <vector>

namespace ska::oda::model {

namespace detail {

namespace {

template <class T>
void require_type(const Field<T>& field, const std::string& path, ProblemList& problems) {
  if (field.is_mismatched()) {
    problems.push_back({path, "expected " + Codec<T>::expected() + ", got " +
                                  std::string(json_type_name(field.raw()))});
  }
}

}  // namespace

void require_identity(const Field<std::string>& id, std::string_view id_name,
                      const Field<Metadata>& metadata) {
  ProblemList problems;
  require_type(id, member_path("$", id_name), problems);
  require_type(metadata, "$.metadata", problems);
  if (const Metadata* values = metadata.get()) {
    require_type(values->version, "$.metadata.version", problems);
    require_type(values->created_by, "$.metadata.created_by", problems);
    require_type(values->created_on, "$.metadata.created_on", problems);
    require_type(values->last_modified_by, "$.metadata.last_modified_by", problems);
    require_type(values->last_modified_on, "$.metadata.last_modified_on", problems);
    require_type(values->pdm_version, "$.metadata.pdm_version", problems);
  }
  if (problems.empty()) {
    return;
  }
  std::string message = "invalid identity or metadata:";
  for (const ValidationProblem& problem : problems) {
    message += " " + problem.path + ": " + problem.message + ";";
  }
  message.pop_back();
  throw ValidationError(message, std::move(problems));
}

void check_interface(const Field<std::string>& interface, EntityKind kind, ProblemList& problems,
                     const std::string& path) {
  const std::string* value = interface.get();
  const std::string_view prefix = describe(kind).interface_prefix;
  if (value == nullptr || prefix.empty() || value->starts_with(prefix)) {
    return;
  }
  problems.push_back({member_path(path, "interface"),
                      "interface " + quote(*value) + " is not a " +
                          std::string(describe(kind).entity_name) + " schema; expected " +
                          std::string(prefix) + "<version>"});
}

void check_status(const Field<std::string>& status, EntityKind kind, ProblemList& problems,
                  const std::string& path) {
  const std::string* value = status.get();
  if (value == nullptr) {
    return;
  }
  const auto normalized = normalize_status(kind, *value);
  if (!normalized) {
    problems.push_back({path, "unknown status " + quote(*value) + "; expected one of: " +
                                  list_statuses(kind)});
  } else if (*normalized != *value) {
    problems.push_back({path, "status " + quote(*value) +
                                  " uses an older spelling; the current model writes " +
                                  quote(*normalized)});
  }
}

}  // namespace detail

}  // namespace ska::oda::model
