#include <ska/oda/memory/memory_store.hpp>

#include "backends/memory/memory_state.hpp"
#include "backends/memory/memory_unit_of_work.hpp"

namespace ska::oda::memory {

namespace detail {

MemoryState::MemoryState(MemoryStoreSettings settings)
    : settings_(std::move(settings)), id_generator_(settings_.id_generator) {
  if (!id_generator_) {
    // The process-wide generator lives until exit, so a non-owning pointer
    // is safe.
    id_generator_ = std::shared_ptr<SkuidGenerator>(&default_skuid_generator(),
                                                    [](SkuidGenerator*) {});
  }
}

}  // namespace detail

MemoryStore::MemoryStore(MemoryStoreSettings settings)
    : state_(std::make_shared<detail::MemoryState>(std::move(settings))) {}

MemoryStore::~MemoryStore() = default;

std::unique_ptr<UnitOfWork> MemoryStore::begin() {
  return std::make_unique<detail::MemoryUnitOfWork>(state_);
}

}  // namespace ska::oda::memory
