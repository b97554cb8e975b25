#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ska/oda/document_repository.hpp>
#include <ska/oda/model/entity_traits.hpp>

namespace ska::oda {

/// One page of typed query results.
template <class Entity>
struct EntityPage {
  std::vector<Entity> entities;
  /// Pass as Query::after to read the next page; empty on the last page.
  std::optional<std::string> next_cursor;
};

/// The entities of one kind as typed PDM structs, over the unit of work's
/// DocumentRepository of the kind that entity_traits<Entity> names. The
/// rules for versions, metadata and errors are those of DocumentRepository;
/// entities convert losslessly with Entity::to_json() and from_json().
/// A repository is borrowed from its unit and must not outlive it.
template <class Entity>
class Repository {
public:
  static constexpr EntityKind kind = entity_traits<Entity>::kind;

  explicit Repository(DocumentRepository& documents) : documents_(&documents) {}

  /// Stores a new version and returns the entity as stored, with its id and
  /// metadata filled in.
  Entity add(const Entity& entity, std::string_view user = {},
             std::optional<int> expected_version = std::nullopt) {
    return Entity::from_json(documents_->add(entity.to_json(), user, expected_version).document);
  }

  std::vector<Entity> add_many(const std::vector<Entity>& entities, std::string_view user = {}) {
    std::vector<Json> documents;
    documents.reserve(entities.size());
    for (const Entity& entity : entities) {
      documents.push_back(entity.to_json());
    }
    std::vector<Entity> stored;
    for (StoredEntity& entity : documents_->add_many(std::move(documents), user)) {
      stored.push_back(Entity::from_json(entity.document));
    }
    return stored;
  }

  Entity get(std::string_view id, std::optional<int> version = std::nullopt) {
    return Entity::from_json(documents_->get(id, version).document);
  }

  bool contains(std::string_view id) { return documents_->contains(id); }

  std::vector<EntityVersion> versions(std::string_view id) { return documents_->versions(id); }

  EntityPage<Entity> query(const Query& query) {
    QueryPage page = documents_->query(query);
    EntityPage<Entity> typed;
    typed.next_cursor = std::move(page.next_cursor);
    typed.entities.reserve(page.entities.size());
    for (const StoredEntity& entity : page.entities) {
      typed.entities.push_back(Entity::from_json(entity.document));
    }
    return typed;
  }

  void remove(std::string_view id) { documents_->remove(id); }

  /// The same entities as JSON documents with their metadata rows and status.
  DocumentRepository& documents() { return *documents_; }

private:
  DocumentRepository* documents_;
};

}  // namespace ska::oda
