#include <ska/oda/model/panel_decision.hpp>

#include "model/entity_support.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 3> recommendations{"Accepted", "Rejected",
                                                          "Accepted with Revision"};

}  // namespace

template <>
struct detail::Mapping<PanelDecision> {
  static constexpr auto members = std::tuple{
      member("metadata", &PanelDecision::metadata),
      member("cycle", &PanelDecision::cycle),
      member("decision_id", &PanelDecision::decision_id, required),
      member("panel_id", &PanelDecision::panel_id, required),
      member("prsl_id", &PanelDecision::prsl_id, required),
      member("score", &PanelDecision::score),
      member("rank", &PanelDecision::rank),
      member("recommendation", &PanelDecision::recommendation, no_flags, recommendations),
      member("status", &PanelDecision::status),
      member("excluded_from_decision", &PanelDecision::excluded_from_decision),
  };
  static void check(const PanelDecision& object, ProblemList& problems, const std::string& path) {
    check_status(object.status, EntityKind::pnld, problems, member_path(path, "status"));
  }
};

SKA_ODA_DEFINE_MODEL_ENTITY(PanelDecision, "decision_id")

}  // namespace ska::oda::model
