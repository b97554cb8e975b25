#pragma once

#include <ska/oda/status_repository.hpp>

namespace ska::oda::memory::detail {

class MemoryUnitOfWork;

/// The status histories in a MemoryUnitOfWork, kept with each entity record.
class MemoryStatusRepository final : public StatusRepository {
public:
  explicit MemoryStatusRepository(MemoryUnitOfWork& unit) : unit_(unit) {}

  StatusRecord update_status(EntityKind kind, std::string_view id, std::string_view status,
                             std::string_view user, std::optional<int> version) override;
  std::optional<StatusRecord> current_status(EntityKind kind, std::string_view id) override;
  std::vector<StatusRecord> history(EntityKind kind, std::string_view id) override;

private:
  MemoryUnitOfWork& unit_;
};

}  // namespace ska::oda::memory::detail
