#pragma once

#include <optional>
#include <string>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/export.hpp>
#include <ska/oda/json.hpp>

namespace ska::oda {

enum class DocumentCategory {
  /// An entity that the archive stores in the table of `kind`.
  entity,
  /// A row of the status history of an entity of `kind`.
  status_record,
  /// Anything else, with the cause in `reason`.
  unknown,
};

/// The kind that detect_document_kind() recognised in a document.
struct DocumentKind {
  DocumentCategory category = DocumentCategory::unknown;
  /// The entity kind, or the kind whose status the record holds.
  std::optional<EntityKind> kind;
  /// Set when the Project Tracking Tool added a top-level `status` member
  /// to an entity whose model has none.
  bool has_tracking_status = false;
  /// The cause, for an unknown document; empty otherwise.
  std::string reason;

  /// Names the kind for people: "SBDefinition", "SBDStatusHistory" or
  /// "unknown".
  SKA_ODA_EXPORT std::string name() const;
};

/// Recognises a document's kind from its `interface` URL. Without one, a
/// status-history record is recognised by its reference and
/// `current_status`, and an entity by its id member (sbd_id, prsl_id,
/// review_id...) or else by a member that only its kind has (obs_blocks for
/// a Project). Never throws.
SKA_ODA_EXPORT DocumentKind detect_document_kind(const Json& document);

}  // namespace ska::oda
