#pragma once

#include <array>
#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include <ska/oda/memory/memory_store.hpp>
#include <ska/oda/skuid.hpp>
#include <ska/oda/status_record.hpp>
#include <ska/oda/stored_entity.hpp>

namespace ska::oda::memory::detail {

/// One stored version with its link column values, as a table row contains them.
struct MemoryRow {
  StoredEntity entity;
  std::vector<std::optional<std::string>> links;
};

/// Everything stored for one entity id: its versions, oldest first, and its
/// status history, oldest first. An entity with no versions does not exist.
struct EntityRecord {
  std::vector<MemoryRow> versions;
  std::vector<StatusRecord> statuses;
};

/// The records of one kind, ordered by id in byte order.
using KindRecords = std::map<std::string, EntityRecord, std::less<>>;

/// The committed data of a store and the locks that guard it.
class MemoryState {
public:
  explicit MemoryState(MemoryStoreSettings settings);

  const MemoryStoreSettings& settings() const { return settings_; }
  SkuidGenerator& id_generator() const { return *id_generator_; }

  /// Guards committed_: shared for reads, exclusive while a commit copies a
  /// unit's writes in.
  std::shared_mutex data_mutex;
  /// Held by the one unit of work that has uncommitted writes.
  std::timed_mutex writer_mutex;
  std::array<KindRecords, kind_descriptors.size()> committed;

private:
  MemoryStoreSettings settings_;
  std::shared_ptr<SkuidGenerator> id_generator_;
};

}  // namespace ska::oda::memory::detail
