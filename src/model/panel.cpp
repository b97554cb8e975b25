#include <ska/oda/model/panel.hpp>

#include "model/entity_support.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 3> reviewer_statuses{"Accepted", "Declined", "Pending"};

}  // namespace

template <>
struct detail::Mapping<ProposalAssignment> {
  static constexpr auto members = std::tuple{
      member("prsl_id", &ProposalAssignment::prsl_id, required),
      member("assigned_on", &ProposalAssignment::assigned_on),
  };
};

template <>
struct detail::Mapping<ReviewerAssignment> {
  static constexpr auto members = std::tuple{
      member("reviewer_id", &ReviewerAssignment::reviewer_id, required),
      member("assigned_on", &ReviewerAssignment::assigned_on),
      member("status", &ReviewerAssignment::status, no_flags, reviewer_statuses),
  };
};

template <>
struct detail::Mapping<Panel> {
  static constexpr auto members = std::tuple{
      member("metadata", &Panel::metadata),
      member("panel_id", &Panel::panel_id, required),
      member("name", &Panel::name, required),
      member("cycle", &Panel::cycle),
      member("expiry_date", &Panel::expiry_date),
      member("proposals", &Panel::proposals),
      member("sci_reviewers", &Panel::sci_reviewers),
      member("tech_reviewers", &Panel::tech_reviewers),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(ProposalAssignment)
SKA_ODA_DEFINE_MODEL_OBJECT(ReviewerAssignment)
SKA_ODA_DEFINE_MODEL_ENTITY(Panel, "panel_id")

}  // namespace ska::oda::model
