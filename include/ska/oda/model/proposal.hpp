#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>
#include <ska/oda/model/proposal_info.hpp>

namespace ska::oda::model {

/// A request for observing time (PDM `Proposal`).
struct SKA_ODA_EXPORT Proposal {
  Field<std::string> prsl_id;
  Field<std::string> status;
  Field<DateTime> submitted_on;
  Field<std::string> submitted_by;
  Field<std::vector<std::string>> investigator_refs;
  Field<Metadata> metadata;
  Field<std::string> cycle;
  Field<Info> info;
  /// PDM 11 members, replaced by info and investigator_refs.
  Field<LegacyProposalInfo> proposal_info;
  Field<std::vector<std::string>> investigators;

  SKA_ODA_MODEL_ENTITY(Proposal, prsl_id);
};

}  // namespace ska::oda::model
