#pragma once

#include <ska/oda/status_repository.hpp>

namespace ska::oda::postgres::detail {

class PostgresUnitOfWork;

/// tab_oda_status_history, through the prepared statements of each kind.
class PostgresStatusRepository final : public StatusRepository {
public:
  explicit PostgresStatusRepository(PostgresUnitOfWork& unit) : unit_(unit) {}

  StatusRecord update_status(EntityKind kind, std::string_view id, std::string_view status,
                             std::string_view user, std::optional<int> version) override;
  std::optional<StatusRecord> current_status(EntityKind kind, std::string_view id) override;
  std::vector<StatusRecord> history(EntityKind kind, std::string_view id) override;

private:
  PostgresUnitOfWork& unit_;
};

}  // namespace ska::oda::postgres::detail
