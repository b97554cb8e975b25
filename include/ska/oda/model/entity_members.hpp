#pragma once

#include <string>
#include <vector>

#include <ska/oda/error.hpp>
#include <ska/oda/model/field.hpp>

/// Declares the members of an entity type: those of every PDM object, plus
/// validate() and typed access to the member holding the entity's id.
/// An entity's from_json() is strict about identity and metadata: it throws
/// ValidationError, naming the JSON path, when the id or a metadata member
/// has the wrong JSON type (sbd_id a number, metadata.version a string).
#define SKA_ODA_MODEL_ENTITY(Type, id_member)                                                \
  SKA_ODA_MODEL_OBJECT(Type);                                                                 \
  /** Returns every problem against the current model; never throws for data. */             \
  std::vector<::ska::oda::ValidationProblem> validate() const;                                \
  const ::ska::oda::model::Field<std::string>& id() const noexcept { return id_member; }     \
  ::ska::oda::model::Field<std::string>& id() noexcept { return id_member; }
