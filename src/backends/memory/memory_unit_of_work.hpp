#pragma once

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <ska/oda/unit_of_work.hpp>

#include "backends/memory/memory_state.hpp"

namespace ska::oda::memory::detail {

class MemoryDocumentRepository;
class MemoryStatusRepository;

/// A unit of work over a MemoryState. Its writes go to a private overlay of
/// whole entity records, copied in on first touch; commit() moves the
/// overlay into the committed data.
class MemoryUnitOfWork final : public UnitOfWork {
public:
  explicit MemoryUnitOfWork(std::shared_ptr<MemoryState> state);
  ~MemoryUnitOfWork() override;

  DocumentRepository& documents(EntityKind kind) override;
  StatusRepository& status() override;
  void commit() override;
  void rollback() override;
  void lock(std::string_view name) override;

  /// Throws UsageError when the unit is finished.
  void ensure_open(std::string_view operation) const;

  /// Returns a copy of the entity's record as visible to this unit (committed data plus its own
  /// writes), or nothing
  /// when the entity does not exist.
  std::optional<EntityRecord> read(EntityKind kind, std::string_view id) const;

  /// Returns every existing entity of a kind as visible to this unit, by id.
  std::vector<std::pair<std::string, EntityRecord>> read_all(EntityKind kind) const;

  /// Returns the entity's record for writing, taking the store's write lock
  /// first. The record is empty when the entity does not exist.
  EntityRecord& write(EntityKind kind, std::string_view id);

  /// Marks the entity removed in this unit.
  void erase(EntityKind kind, std::string_view id);

  /// The unit's transaction time, like PostgreSQL's now().
  Timestamp now() const { return now_; }
  MemoryState& state() { return *state_; }

private:
  enum class State { open, committed, rolled_back };

  void acquire_write_lock();
  void finish(State state);

  std::shared_ptr<MemoryState> state_;
  State unit_state_ = State::open;
  Timestamp now_;
  std::unique_lock<std::timed_mutex> write_lock_;
  /// Entities this unit wrote; nothing means removed.
  std::array<std::map<std::string, std::optional<EntityRecord>, std::less<>>,
             kind_descriptors.size()>
      overlay_;
  std::array<std::unique_ptr<MemoryDocumentRepository>, kind_descriptors.size()> repositories_;
  std::unique_ptr<MemoryStatusRepository> status_;
};

}  // namespace ska::oda::memory::detail
