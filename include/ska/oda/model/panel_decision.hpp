#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>

namespace ska::oda::model {

/// A panel's decision on one proposal (PDM `PanelDecision`).
struct SKA_ODA_EXPORT PanelDecision {
  Field<Metadata> metadata;
  Field<std::string> cycle;
  Field<std::string> decision_id;
  Field<std::string> panel_id;
  Field<std::string> prsl_id;
  Field<double> score;
  Field<std::int64_t> rank;
  Field<std::string> recommendation;
  Field<std::string> status;
  Field<std::vector<std::string>> excluded_from_decision;

  SKA_ODA_MODEL_ENTITY(PanelDecision, decision_id);
};

}  // namespace ska::oda::model
