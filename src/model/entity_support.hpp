#pragma once

// Rules shared by the entity types: strict identity and metadata types in
// from_json(), the interface URL and the status spellings.

#include <string>
#include <string_view>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model::detail {

/// Throws ValidationError, naming each JSON path, when the id or a metadata
/// member contains a value of the wrong JSON type.
void require_identity(const Field<std::string>& id, std::string_view id_name,
                      const Field<Metadata>& metadata);

/// Reports an `interface` URL that does not belong to the kind.
void check_interface(const Field<std::string>& interface, EntityKind kind, ProblemList& problems,
                     const std::string& path);

/// Reports a status that is not one of the kind's statuses, or that uses an
/// older spelling ("fully_observed" for "Fully Observed").
void check_status(const Field<std::string>& status, EntityKind kind, ProblemList& problems,
                  const std::string& path);

}  // namespace ska::oda::model::detail

#define SKA_ODA_DEFINE_MODEL_ENTITY(Type, id_name)                                             \
  Type Type::from_json(const ::ska::oda::Json& json) {                                          \
    Type entity = ::ska::oda::model::detail::read_object<Type>(json);                          \
    ::ska::oda::model::detail::require_identity(entity.id(), id_name, entity.metadata);        \
    return entity;                                                                               \
  }                                                                                              \
  ::ska::oda::Json Type::to_json() const {                                                      \
    return ::ska::oda::model::detail::write_object(*this);                                      \
  }                                                                                              \
  void Type::collect_problems(::ska::oda::model::ProblemList& problems,                         \
                              const std::string& json_path) const {                             \
    ::ska::oda::model::detail::check_object(*this, problems, json_path);                        \
  }                                                                                              \
  std::size_t Type::untyped_leaf_count() const {                                                \
    return ::ska::oda::model::detail::count_untyped(*this);                                     \
  }                                                                                              \
  std::vector<::ska::oda::ValidationProblem> Type::validate() const {                          \
    ::ska::oda::model::ProblemList problems;                                                    \
    collect_problems(problems, "$");                                                             \
    return problems;                                                                             \
  }
