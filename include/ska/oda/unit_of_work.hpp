#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <ska/oda/document_repository.hpp>
#include <ska/oda/entity_kind.hpp>
#include <ska/oda/export.hpp>
#include <ska/oda/repository.hpp>
#include <ska/oda/status_repository.hpp>
#include <ska/oda/stored_entity.hpp>

namespace ska::oda {

/// One transaction over the archive. commit() makes every change of the unit
/// durable together; the destructor rolls back unless commit() ran, and never
/// throws. Reads through the unit see its own writes. After commit() or
/// rollback() the unit is finished, and any further use throws UsageError.
///
/// A unit of work belongs to one thread at a time; see docs/threading.md.
class SKA_ODA_EXPORT UnitOfWork {
public:
  UnitOfWork() = default;
  virtual ~UnitOfWork() = default;

  UnitOfWork(const UnitOfWork&) = delete;
  UnitOfWork& operator=(const UnitOfWork&) = delete;

  /// Returns the repository of one kind.
  virtual DocumentRepository& documents(EntityKind kind) = 0;
  virtual StatusRepository& status() = 0;

  virtual void commit() = 0;
  virtual void rollback() = 0;

  /// Takes an exclusive lock on a name until the unit ends, waiting while
  /// another unit holds it, so that units doing the same read-then-write
  /// work (such as two imports of one file) take turns instead of both
  /// writing. PostgreSQL takes a transaction-level advisory lock; the
  /// in-memory store takes its write lock, which covers every name.
  virtual void lock(std::string_view name) = 0;

  /// Returns the typed repository of an entity type; its kind comes from
  /// entity_traits<Entity>. Include <ska/oda/model/entities.hpp> (or the
  /// entity's own header) to call its members.
  template <class Entity>
  Repository<Entity> repository() {
    return Repository<Entity>(documents(entity_traits<Entity>::kind));
  }

  Repository<model::SBDefinition> sbds() { return repository<model::SBDefinition>(); }
  Repository<model::SBInstance> sbis() { return repository<model::SBInstance>(); }
  Repository<model::OSOExecutionBlock> ebs() { return repository<model::OSOExecutionBlock>(); }
  Repository<model::Project> prjs() { return repository<model::Project>(); }
  Repository<model::Proposal> prsls() { return repository<model::Proposal>(); }
  Repository<model::Panel> panels() { return repository<model::Panel>(); }
  Repository<model::PanelReview> reviews() { return repository<model::PanelReview>(); }
  Repository<model::PanelDecision> decisions() { return repository<model::PanelDecision>(); }
  Repository<model::ProposalAccess> proposal_access() {
    return repository<model::ProposalAccess>();
  }

  /// Follows a link column of an entity's latest version to the entity it
  /// refers to: the SBDefinition of an SBInstance or execution block, the
  /// SBInstance of an execution block, the Project of an SBDefinition, the
  /// Proposal of a Project. When the link has a version column (sbd_version)
  /// that version is returned, else the latest. Throws NotFound when the
  /// entity, the link or the target is missing, and UsageError when kind has
  /// no link to target.
  StoredEntity linked(EntityKind kind, std::string_view id, EntityKind target);

  /// Returns the latest versions of the entities of kind `source` whose link
  /// refers to the entity `id` of kind `target`: all SBInstances of an
  /// SBDefinition, and so on. Throws UsageError when source has no link to
  /// target.
  std::vector<StoredEntity> referencing(EntityKind source, EntityKind target,
                                        std::string_view id);
};

/// Starts units of work: a PostgreSQL connection pool or an in-memory store.
class SKA_ODA_EXPORT UnitOfWorkFactory {
public:
  virtual ~UnitOfWorkFactory() = default;
  virtual std::unique_ptr<UnitOfWork> begin() = 0;
};

}  // namespace ska::oda
