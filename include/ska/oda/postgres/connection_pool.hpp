#pragma once

#include <cstddef>
#include <memory>

#include <ska/oda/export.hpp>
#include <ska/oda/postgres/connection_settings.hpp>
#include <ska/oda/unit_of_work.hpp>

namespace ska::oda::postgres {

namespace detail {
class PoolState;
}

/// A bounded, thread-safe pool of PostgreSQL connections that starts units
/// of work, each holding one connection and one transaction until it ends.
/// Connections open on demand. Units of work keep the pool's state alive, so
/// the pool may be destroyed before them.
class SKA_ODA_EXPORT ConnectionPool final : public UnitOfWorkFactory {
public:
  explicit ConnectionPool(ConnectionSettings settings = {});
  ~ConnectionPool() override;

  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  /// Starts a unit of work on a free connection, opening one if the pool is
  /// below its maximum. Throws ConnectionError when the server cannot be
  /// reached or no connection frees up within the acquire timeout.
  std::unique_ptr<UnitOfWork> begin() override;

  /// Number of open connections, idle or in use.
  std::size_t open_connections() const;
  /// Number of open connections waiting in the pool.
  std::size_t idle_connections() const;

private:
  std::shared_ptr<detail::PoolState> state_;
};

}  // namespace ska::oda::postgres
