#include <ska/oda/model/panel_review.hpp>

#include "model/entity_support.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 4> feasibility_statuses{"Yes", "No", "Maybe",
                                                               "Yes, with Revision"};

}  // namespace

template <>
struct detail::Mapping<Conflict> {
  static constexpr auto members = std::tuple{
      member("has_conflict", &Conflict::has_conflict),
      member("reason", &Conflict::reason),
  };
};

template <>
struct detail::Mapping<ScienceReview> {
  static constexpr auto members = std::tuple{
      member("kind", &ScienceReview::kind),
      member("rank", &ScienceReview::rank),
      member("conflict", &ScienceReview::conflict, required),
      member("excluded_from_decision", &ScienceReview::excluded_from_decision),
  };
};

template <>
struct detail::Mapping<TechnicalReview> {
  static constexpr auto members = std::tuple{
      member("kind", &TechnicalReview::kind),
      member("is_feasible", &TechnicalReview::is_feasible, no_flags, feasibility_statuses),
  };
};

template <>
struct detail::Mapping<PanelReview> {
  static constexpr auto members = std::tuple{
      member("metadata", &PanelReview::metadata),
      member("panel_id", &PanelReview::panel_id),
      member("review_id", &PanelReview::review_id, required),
      member("cycle", &PanelReview::cycle),
      member("reviewer_id", &PanelReview::reviewer_id, required),
      member("prsl_id", &PanelReview::prsl_id, required),
      member("comments", &PanelReview::comments),
      member("src_net", &PanelReview::src_net),
      member("submitted_on", &PanelReview::submitted_on),
      member("submitted_by", &PanelReview::submitted_by),
      member("status", &PanelReview::status),
      member("review_type", &PanelReview::review_type, required),
  };
  static void check(const PanelReview& object, ProblemList& problems, const std::string& path) {
    check_status(object.status, EntityKind::rvw, problems, member_path(path, "status"));
  }
};

SKA_ODA_DEFINE_MODEL_OBJECT(Conflict)
SKA_ODA_DEFINE_MODEL_OBJECT(ScienceReview)
SKA_ODA_DEFINE_MODEL_OBJECT(TechnicalReview)
SKA_ODA_DEFINE_MODEL_ENTITY(PanelReview, "review_id")

}  // namespace ska::oda::model
