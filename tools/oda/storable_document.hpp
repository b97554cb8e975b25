#pragma once

#include <optional>
#include <string>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/json.hpp>

namespace ska::oda::cli {

/// A document ready for DocumentRepository::add().
struct StorableDocument {
  /// The document without the tracking status.
  Json document;
  /// The entity id; empty when the repository is to generate one.
  std::string id;
  /// The status that the Project Tracking Tool added as a top-level
  /// `status` member, in the kind's current spelling.
  std::optional<std::string> tracking_status;
};

/// Prepares a document of `kind` for storage. With has_tracking_status (see
/// detect_document_kind()), removes the top-level `status` member and keeps
/// it as tracking_status; throws ValidationError when that status is not
/// valid for the kind. With derive_missing_id, a document without an id
/// gets content_derived_id().
StorableDocument make_storable(EntityKind kind, Json document, bool has_tracking_status,
                               bool derive_missing_id);

/// Returns an id for a document that has none: the kind's prefix and the
/// first 16 hex digits of the SHA-256 of the document's canonical JSON
/// (sorted keys, no whitespace, without `metadata`), such as
/// `prj-3f2a9c0b17d4e865`. The same content always gets the same id, so a
/// repeated import finds the stored entity.
std::string content_derived_id(EntityKind kind, const Json& document);

/// Compares two documents as JSON values, ignoring the order of object keys
/// (PostgreSQL's jsonb does not keep it) and the top-level `metadata`, which
/// the archive rewrites on every add.
bool same_content(const Json& left, const Json& right);

}  // namespace ska::oda::cli
