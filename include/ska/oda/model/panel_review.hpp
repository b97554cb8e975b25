#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include <ska/oda/export.hpp>
#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>

namespace ska::oda::model {

struct SKA_ODA_EXPORT Conflict {
  Field<bool> has_conflict;
  Field<std::string> reason;
  SKA_ODA_MODEL_OBJECT(Conflict);
};

// The alternatives of PanelReview.review_type, selected by `kind`.

struct SKA_ODA_EXPORT ScienceReview {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"Science Review"};
  Field<std::string> kind;
  Field<std::int64_t> rank;
  Field<Conflict> conflict;
  Field<bool> excluded_from_decision;
  SKA_ODA_MODEL_OBJECT(ScienceReview);
};

struct SKA_ODA_EXPORT TechnicalReview {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"Technical Review"};
  Field<std::string> kind;
  Field<std::string> is_feasible;
  SKA_ODA_MODEL_OBJECT(TechnicalReview);
};

using ReviewType = std::variant<ScienceReview, TechnicalReview, UnknownAlternative>;

/// One reviewer's review of one proposal (PDM `PanelReview`).
struct SKA_ODA_EXPORT PanelReview {
  Field<Metadata> metadata;
  Field<std::string> panel_id;
  Field<std::string> review_id;
  Field<std::string> cycle;
  Field<std::string> reviewer_id;
  Field<std::string> prsl_id;
  Field<std::string> comments;
  Field<std::string> src_net;
  Field<DateTime> submitted_on;
  Field<std::string> submitted_by;
  Field<std::string> status;
  Field<ReviewType> review_type;

  SKA_ODA_MODEL_ENTITY(PanelReview, review_id);
};

}  // namespace ska::oda::model
