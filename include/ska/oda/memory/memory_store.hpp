#pragma once

#include <chrono>
#include <memory>

#include <ska/oda/export.hpp>
#include <ska/oda/unit_of_work.hpp>

namespace spdlog {
class logger;
}

namespace ska::oda {
class SkuidGenerator;
}

namespace ska::oda::memory {

namespace detail {
class MemoryState;
}

/// Settings of an in-memory store.
struct MemoryStoreSettings {
  /// How long a unit of work's first write waits for another unit's writes
  /// to commit or roll back before it throws QueryError.
  std::chrono::milliseconds write_lock_timeout{10'000};
  /// Generates ids for documents without one; null means the process-wide
  /// default_skuid_generator().
  std::shared_ptr<SkuidGenerator> id_generator;
  std::shared_ptr<spdlog::logger> logger;
};

/// An archive held in memory, for applications' unit tests. Its units of
/// work follow the same contract as PostgreSQL's (versions, metadata,
/// queries, status, errors, rollback), checked by one shared test suite.
///
/// Isolation: a unit reads committed data plus its own writes. Writers are
/// serialized: a unit's first write waits until no other unit holds
/// uncommitted writes, much as PostgreSQL makes a second writer of the same
/// row wait. Two writing units in one thread therefore wait for each other
/// until the write lock timeout.
class SKA_ODA_EXPORT MemoryStore final : public UnitOfWorkFactory {
public:
  explicit MemoryStore(MemoryStoreSettings settings = {});
  ~MemoryStore() override;

  MemoryStore(const MemoryStore&) = delete;
  MemoryStore& operator=(const MemoryStore&) = delete;

  std::unique_ptr<UnitOfWork> begin() override;

private:
  std::shared_ptr<detail::MemoryState> state_;
};

}  // namespace ska::oda::memory
