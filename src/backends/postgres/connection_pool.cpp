#include <ska/oda/postgres/connection_pool.hpp>

#include "backends/postgres/pool_state.hpp"
#include "backends/postgres/postgres_unit_of_work.hpp"

namespace ska::oda::postgres {

ConnectionPool::ConnectionPool(ConnectionSettings settings)
    : state_(std::make_shared<detail::PoolState>(std::move(settings))) {}

ConnectionPool::~ConnectionPool() = default;

std::unique_ptr<UnitOfWork> ConnectionPool::begin() {
  return std::make_unique<detail::PostgresUnitOfWork>(state_->acquire());
}

std::size_t ConnectionPool::open_connections() const { return state_->open_connections(); }

std::size_t ConnectionPool::idle_connections() const { return state_->idle_connections(); }

}  // namespace ska::oda::postgres
