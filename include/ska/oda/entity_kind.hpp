#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <ska/oda/export.hpp>

namespace ska::oda {

/// The entity kinds that the archive stores, one table each.
enum class EntityKind { sbd, sbi, eb, prj, prsl, panel, rvw, pnld, prslacc };

/// SQL type of a link column.
enum class LinkType { text, integer };

/// A column copied out of the document so that it can be queried and indexed.
struct LinkField {
  /// Column name in the entity table, such as "sbd_ref".
  std::string_view column;
  LinkType type;
  /// JSON pointers into the document, tried in order. The first is the
  /// current model's field; later ones are fields of older schema eras.
  std::array<std::string_view, 2> json_pointers;
  /// The kind of entity the column refers to, if it is a reference.
  std::optional<EntityKind> target;
};

/// Everything the library needs to know about one entity kind. Repositories,
/// the schema tests and the tools read these instead of hand-written code
/// per kind.
struct KindDescriptor {
  EntityKind kind;
  /// Short name, as in table names and ids: "sbd".
  std::string_view name;
  /// Name used by the command-line tool and the Python ODA: "sbds".
  std::string_view plural;
  /// PDM class name: "SBDefinition".
  std::string_view entity_name;
  std::string_view table;
  /// Document field and table column holding the entity id: "sbd_id".
  std::string_view id_field;
  /// Prefix of generated ids: "sbd".
  std::string_view id_prefix;
  /// Start of the PDM `interface` URL of documents of this kind, or empty
  /// for kinds whose documents carry none.
  std::string_view interface_prefix;
  std::span<const LinkField> links;
  /// Status values in the current model's spelling. Empty when the archive
  /// keeps no status history for the kind.
  std::span<const std::string_view> statuses;
  /// Status recorded when an entity is first added, or empty.
  std::string_view initial_status;
};

namespace detail {

inline constexpr std::string_view no_pointer{};

inline constexpr std::array sbd_links{
    LinkField{"prj_ref", LinkType::text, {"/prj_ref", no_pointer}, EntityKind::prj},
    LinkField{"ob_ref", LinkType::text, {"/ob_ref", no_pointer}, std::nullopt},
};
inline constexpr std::array sbi_links{
    LinkField{"sbd_ref", LinkType::text, {"/sbd_ref", "/sbd_id"}, EntityKind::sbd},
    LinkField{"sbd_version", LinkType::integer, {"/sbd_version", no_pointer}, std::nullopt},
    LinkField{"eb_ref", LinkType::text, {"/eb_ref", no_pointer}, EntityKind::eb},
};
inline constexpr std::array eb_links{
    LinkField{"sbd_ref", LinkType::text, {"/sbd_ref", "/sbd_id"}, EntityKind::sbd},
    LinkField{"sbd_version", LinkType::integer, {"/sbd_version", no_pointer}, std::nullopt},
    LinkField{"sbi_ref", LinkType::text, {"/sbi_ref", no_pointer}, EntityKind::sbi},
};
inline constexpr std::array prj_links{
    LinkField{"prsl_ref", LinkType::text, {"/prsl_ref", no_pointer}, EntityKind::prsl},
};
inline constexpr std::array prsl_links{
    LinkField{"cycle", LinkType::text, {"/cycle", no_pointer}, std::nullopt},
};
inline constexpr std::array panel_links{
    LinkField{"cycle", LinkType::text, {"/cycle", no_pointer}, std::nullopt},
};
inline constexpr std::array rvw_links{
    LinkField{"prsl_ref", LinkType::text, {"/prsl_id", no_pointer}, EntityKind::prsl},
    LinkField{"panel_ref", LinkType::text, {"/panel_id", no_pointer}, EntityKind::panel},
    LinkField{"reviewer_id", LinkType::text, {"/reviewer_id", no_pointer}, std::nullopt},
};
inline constexpr std::array pnld_links{
    LinkField{"prsl_ref", LinkType::text, {"/prsl_id", no_pointer}, EntityKind::prsl},
    LinkField{"panel_ref", LinkType::text, {"/panel_id", no_pointer}, EntityKind::panel},
};
inline constexpr std::array prslacc_links{
    LinkField{"prsl_ref", LinkType::text, {"/prsl_id", no_pointer}, EntityKind::prsl},
    LinkField{"user_id", LinkType::text, {"/user_id", no_pointer}, std::nullopt},
};

// Status spellings of the current PDM (ska-oso-pdm 17 to 22). Older documents
// spell them in lower case with underscores; see normalize_status().
inline constexpr std::array<std::string_view, 8> sbd_statuses{
    "Draft", "Submitted", "Ready", "In Progress",
    "Observed", "Suspended", "Failed Processing", "Complete"};
inline constexpr std::array<std::string_view, 4> sbi_statuses{
    "Created", "Executing", "Observed", "Failed"};
inline constexpr std::array<std::string_view, 3> eb_statuses{
    "Created", "Fully Observed", "Failed"};
inline constexpr std::array<std::string_view, 8> prj_statuses{
    "Draft", "Submitted", "Ready", "In Progress",
    "Observed", "Complete", "Cancelled", "Out of Time"};
inline constexpr std::array<std::string_view, 6> prsl_statuses{
    "draft", "submitted", "under review", "accepted", "rejected", "withdrawn"};
inline constexpr std::array<std::string_view, 3> rvw_statuses{
    "To Do", "In Progress", "Reviewed"};
inline constexpr std::array<std::string_view, 3> pnld_statuses{
    "To Do", "In Progress", "Decided"};

}  // namespace detail

/// The descriptors of all kinds, in EntityKind order.
inline constexpr std::array<KindDescriptor, 9> kind_descriptors{{
    {EntityKind::sbd, "sbd", "sbds", "SBDefinition", "tab_oda_sbd", "sbd_id", "sbd",
     "https://schema.skao.int/ska-oso-pdm-sbd/", detail::sbd_links, detail::sbd_statuses,
     "Draft"},
    {EntityKind::sbi, "sbi", "sbis", "SBInstance", "tab_oda_sbi", "sbi_id", "sbi",
     "https://schema.skao.int/ska-oso-pdm-sbi/", detail::sbi_links, detail::sbi_statuses,
     "Created"},
    {EntityKind::eb, "eb", "ebs", "OSOExecutionBlock", "tab_oda_eb", "eb_id", "eb",
     "https://schema.skao.int/ska-oso-pdm-eb/", detail::eb_links, detail::eb_statuses,
     "Created"},
    {EntityKind::prj, "prj", "prjs", "Project", "tab_oda_prj", "prj_id", "prj",
     "https://schema.skao.int/ska-oso-pdm-prj/", detail::prj_links, detail::prj_statuses,
     "Draft"},
    {EntityKind::prsl, "prsl", "prsls", "Proposal", "tab_oda_prsl", "prsl_id", "prsl", "",
     detail::prsl_links, detail::prsl_statuses, "draft"},
    {EntityKind::panel, "panel", "panels", "Panel", "tab_oda_panel", "panel_id", "panel", "",
     detail::panel_links, {}, ""},
    {EntityKind::rvw, "rvw", "rvws", "PanelReview", "tab_oda_rvw", "review_id", "rvw", "",
     detail::rvw_links, detail::rvw_statuses, "To Do"},
    {EntityKind::pnld, "pnld", "pnlds", "PanelDecision", "tab_oda_pnld", "decision_id", "pnld",
     "", detail::pnld_links, detail::pnld_statuses, "To Do"},
    {EntityKind::prslacc, "prslacc", "prslacc", "ProposalAccess", "tab_oda_prslacc",
     "access_id", "prslacc", "", detail::prslacc_links, {}, ""},
}};

/// Returns the descriptor of a kind.
constexpr const KindDescriptor& describe(EntityKind kind) {
  return kind_descriptors[static_cast<std::size_t>(kind)];
}

/// Finds a kind by its short name ("sbd"), its plural ("sbds") or its PDM
/// class name ("SBDefinition"), ignoring case.
SKA_ODA_EXPORT std::optional<EntityKind> parse_kind(std::string_view text);

/// Maps a status to the current model's spelling for the kind, accepting the
/// older lower-case spellings with underscores ("fully_observed" becomes
/// "Fully Observed"). Returns nothing when the status is not valid for the kind.
SKA_ODA_EXPORT std::optional<std::string_view> normalize_status(EntityKind kind,
                                                                std::string_view status);

/// Lists a kind's valid statuses as one comma-separated string, for messages.
SKA_ODA_EXPORT std::string list_statuses(EntityKind kind);

}  // namespace ska::oda
