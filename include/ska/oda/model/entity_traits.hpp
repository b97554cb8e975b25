#pragma once

#include <ska/oda/entity_kind.hpp>

namespace ska::oda {

namespace model {
struct SBDefinition;
struct SBInstance;
struct OSOExecutionBlock;
struct Project;
struct Proposal;
struct Panel;
struct PanelReview;
struct PanelDecision;
struct ProposalAccess;
struct SBDStatusHistory;
struct SBIStatusHistory;
struct OSOEBStatusHistory;
struct ProjectStatusHistory;
}  // namespace model

/// Maps an entity type to its kind; describe(entity_traits<E>::kind) gives
/// its table, id field, links and statuses.
template <class Entity>
struct entity_traits;

template <>
struct entity_traits<model::SBDefinition> {
  static constexpr EntityKind kind = EntityKind::sbd;
};
template <>
struct entity_traits<model::SBInstance> {
  static constexpr EntityKind kind = EntityKind::sbi;
};
template <>
struct entity_traits<model::OSOExecutionBlock> {
  static constexpr EntityKind kind = EntityKind::eb;
};
template <>
struct entity_traits<model::Project> {
  static constexpr EntityKind kind = EntityKind::prj;
};
template <>
struct entity_traits<model::Proposal> {
  static constexpr EntityKind kind = EntityKind::prsl;
};
template <>
struct entity_traits<model::Panel> {
  static constexpr EntityKind kind = EntityKind::panel;
};
template <>
struct entity_traits<model::PanelReview> {
  static constexpr EntityKind kind = EntityKind::rvw;
};
template <>
struct entity_traits<model::PanelDecision> {
  static constexpr EntityKind kind = EntityKind::pnld;
};
template <>
struct entity_traits<model::ProposalAccess> {
  static constexpr EntityKind kind = EntityKind::prslacc;
};

/// Maps a status-history record type to the kind of entity it records.
template <class Record>
struct status_record_traits;

template <>
struct status_record_traits<model::SBDStatusHistory> {
  static constexpr EntityKind kind = EntityKind::sbd;
};
template <>
struct status_record_traits<model::SBIStatusHistory> {
  static constexpr EntityKind kind = EntityKind::sbi;
};
template <>
struct status_record_traits<model::OSOEBStatusHistory> {
  static constexpr EntityKind kind = EntityKind::eb;
};
template <>
struct status_record_traits<model::ProjectStatusHistory> {
  static constexpr EntityKind kind = EntityKind::prj;
};

}  // namespace ska::oda
