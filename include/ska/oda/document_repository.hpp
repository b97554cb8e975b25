#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/json.hpp>
#include <ska/oda/query.hpp>
#include <ska/oda/stored_entity.hpp>

namespace ska::oda {

/// The entities of one kind as JSON documents, seen through a unit of work.
/// A repository is borrowed from its unit and must not outlive it.
///
/// Versions and metadata: adding a document whose id is new stores version
/// 1; adding one whose id exists stores latest + 1, keeping created_by and
/// created_on and setting last_modified_by and last_modified_on. The
/// timestamps are the server's transaction time in UTC, and the user is
/// "DefaultUser" when none is given. Metadata in the document is overwritten.
/// A document without an id gets a new SKUID.
class DocumentRepository {
public:
  virtual ~DocumentRepository() = default;

  virtual EntityKind kind() const noexcept = 0;

  /// Stores a new version and returns it as stored. With expected_version,
  /// throws StaleEntity unless the latest stored version equals it (0 for
  /// an entity that must not exist yet).
  virtual StoredEntity add(Json document, std::string_view user = {},
                           std::optional<int> expected_version = std::nullopt) = 0;

  /// Stores many documents with the same rules as add(), in fewer round
  /// trips. Returns them as stored, in input order.
  virtual std::vector<StoredEntity> add_many(std::vector<Json> documents,
                                             std::string_view user = {}) = 0;

  /// Returns the latest version, or the given one. Throws NotFound.
  virtual StoredEntity get(std::string_view id, std::optional<int> version = std::nullopt) = 0;

  virtual bool contains(std::string_view id) = 0;

  /// Returns the metadata of every version, oldest first. Throws NotFound.
  virtual std::vector<EntityVersion> versions(std::string_view id) = 0;

  virtual QueryPage query(const Query& query) = 0;

  /// Removes every version and the status history. Throws NotFound.
  virtual void remove(std::string_view id) = 0;
};

}  // namespace ska::oda
