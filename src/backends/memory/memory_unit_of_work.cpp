#include "backends/memory/memory_unit_of_work.hpp"

#include <fmt/format.h>
#include <spdlog/logger.h>

#include <ska/oda/error.hpp>

#include "backends/memory/memory_document_repository.hpp"
#include "backends/memory/memory_status_repository.hpp"

namespace ska::oda::memory::detail {

namespace {

std::size_t index_of(EntityKind kind) { return static_cast<std::size_t>(kind); }

}  // namespace

MemoryUnitOfWork::MemoryUnitOfWork(std::shared_ptr<MemoryState> state)
    : state_(std::move(state)),
      now_(std::chrono::floor<std::chrono::microseconds>(std::chrono::system_clock::now())),
      write_lock_(state_->writer_mutex, std::defer_lock) {}

MemoryUnitOfWork::~MemoryUnitOfWork() = default;

void MemoryUnitOfWork::ensure_open(std::string_view operation) const {
  if (unit_state_ != State::open) {
    throw UsageError(fmt::format("cannot {} through a unit of work that was already {}; start a "
                                 "new unit of work",
                                 operation,
                                 unit_state_ == State::committed ? "committed" : "rolled back"),
                     {.operation = std::string(operation)});
  }
}

std::optional<EntityRecord> MemoryUnitOfWork::read(EntityKind kind, std::string_view id) const {
  const auto& overlay = overlay_[index_of(kind)];
  if (const auto touched = overlay.find(id); touched != overlay.end()) {
    if (!touched->second || touched->second->versions.empty()) {
      return std::nullopt;
    }
    return touched->second;
  }
  std::shared_lock lock(state_->data_mutex);
  const auto& committed = state_->committed[index_of(kind)];
  const auto found = committed.find(id);
  if (found == committed.end()) {
    return std::nullopt;
  }
  return found->second;
}

std::vector<std::pair<std::string, EntityRecord>> MemoryUnitOfWork::read_all(
    EntityKind kind) const {
  std::map<std::string, EntityRecord, std::less<>> merged;
  {
    std::shared_lock lock(state_->data_mutex);
    merged = state_->committed[index_of(kind)];
  }
  for (const auto& [id, record] : overlay_[index_of(kind)]) {
    if (record && !record->versions.empty()) {
      merged[id] = *record;
    } else {
      merged.erase(id);
    }
  }
  return {std::make_move_iterator(merged.begin()), std::make_move_iterator(merged.end())};
}

void MemoryUnitOfWork::acquire_write_lock() {
  if (write_lock_.owns_lock()) {
    return;
  }
  const auto timeout = state_->settings().write_lock_timeout;
  if (!write_lock_.try_lock_for(timeout)) {
    throw QueryError(
        fmt::format("waited {} ms for another unit of work's writes to finish; commit or roll "
                    "back that unit first (in-memory writers take turns)",
                    timeout.count()),
        {.operation = "write", .sqlstate = "55P03"});
  }
}

EntityRecord& MemoryUnitOfWork::write(EntityKind kind, std::string_view id) {
  acquire_write_lock();
  auto& overlay = overlay_[index_of(kind)];
  auto touched = overlay.find(id);
  if (touched == overlay.end()) {
    touched = overlay.emplace(std::string(id), read(kind, id).value_or(EntityRecord{})).first;
  } else if (!touched->second) {
    touched->second = EntityRecord{};
  }
  return *touched->second;
}

void MemoryUnitOfWork::erase(EntityKind kind, std::string_view id) {
  acquire_write_lock();
  overlay_[index_of(kind)].insert_or_assign(std::string(id), std::nullopt);
}

DocumentRepository& MemoryUnitOfWork::documents(EntityKind kind) {
  auto& repository = repositories_[index_of(kind)];
  if (!repository) {
    repository = std::make_unique<MemoryDocumentRepository>(*this, kind);
  }
  return *repository;
}

StatusRepository& MemoryUnitOfWork::status() {
  if (!status_) {
    status_ = std::make_unique<MemoryStatusRepository>(*this);
  }
  return *status_;
}

void MemoryUnitOfWork::lock(std::string_view name) {
  ensure_open("lock " + std::string(name));
  acquire_write_lock();
}

void MemoryUnitOfWork::commit() {
  ensure_open("commit");
  {
    std::unique_lock lock(state_->data_mutex);
    for (std::size_t kind = 0; kind < overlay_.size(); ++kind) {
      for (auto& [id, record] : overlay_[kind]) {
        if (record && !record->versions.empty()) {
          state_->committed[kind].insert_or_assign(id, std::move(*record));
        } else {
          state_->committed[kind].erase(id);
        }
      }
    }
  }
  finish(State::committed);
}

void MemoryUnitOfWork::rollback() {
  ensure_open("roll back");
  finish(State::rolled_back);
}

void MemoryUnitOfWork::finish(State state) {
  unit_state_ = state;
  for (auto& overlay : overlay_) {
    overlay.clear();
  }
  if (write_lock_.owns_lock()) {
    write_lock_.unlock();
  }
}

}  // namespace ska::oda::memory::detail
