#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>

namespace ska::oda::model {

struct SKA_ODA_EXPORT ProposalAssignment {
  Field<std::string> prsl_id;
  Field<DateTime> assigned_on;
  SKA_ODA_MODEL_OBJECT(ProposalAssignment);
};

struct SKA_ODA_EXPORT ReviewerAssignment {
  Field<std::string> reviewer_id;
  Field<DateTime> assigned_on;
  Field<std::string> status;
  SKA_ODA_MODEL_OBJECT(ReviewerAssignment);
};

/// A review panel of a proposal cycle (PDM `Panel`).
struct SKA_ODA_EXPORT Panel {
  Field<Metadata> metadata;
  Field<std::string> panel_id;
  Field<std::string> name;
  Field<std::string> cycle;
  Field<DateTime> expiry_date;
  Field<std::vector<ProposalAssignment>> proposals;
  Field<std::vector<ReviewerAssignment>> sci_reviewers;
  Field<std::vector<ReviewerAssignment>> tech_reviewers;

  SKA_ODA_MODEL_ENTITY(Panel, panel_id);
};

}  // namespace ska::oda::model
