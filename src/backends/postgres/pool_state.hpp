#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include <pqxx/connection>

#include <ska/oda/postgres/connection_settings.hpp>
#include <ska/oda/skuid.hpp>

namespace ska::oda::postgres::detail {

/// An open connection with every prepared statement defined on it.
struct PooledConnection {
  std::unique_ptr<pqxx::connection> connection;
  std::chrono::steady_clock::time_point last_used;
  /// Set when a statement on it failed in a way that may have broken it.
  bool suspect = false;
};

class PoolState;

/// A connection borrowed from the pool; the destructor gives it back, or
/// closes it when it is broken or suspect.
class ConnectionLease {
public:
  ConnectionLease(std::shared_ptr<PoolState> pool, std::unique_ptr<PooledConnection> connection);
  ~ConnectionLease();

  ConnectionLease(const ConnectionLease&) = delete;
  ConnectionLease& operator=(const ConnectionLease&) = delete;

  pqxx::connection& connection() { return *connection_->connection; }
  void mark_suspect() { connection_->suspect = true; }
  PoolState& pool() { return *pool_; }

private:
  std::shared_ptr<PoolState> pool_;
  std::unique_ptr<PooledConnection> connection_;
};

/// The shared state behind a ConnectionPool.
class PoolState : public std::enable_shared_from_this<PoolState> {
public:
  explicit PoolState(ConnectionSettings settings);

  /// Takes an idle healthy connection or opens one, waiting up to the
  /// acquire timeout when the pool is at its maximum.
  std::unique_ptr<ConnectionLease> acquire();
  void release(std::unique_ptr<PooledConnection> connection);

  const ConnectionSettings& settings() const { return settings_; }
  SkuidGenerator& id_generator() const { return *id_generator_; }
  const std::string& target() const { return target_; }

  std::size_t open_connections() const;
  std::size_t idle_connections() const;

private:
  std::unique_ptr<PooledConnection> open_connection();
  bool is_healthy(PooledConnection& connection);

  ConnectionSettings settings_;
  std::string connection_string_;
  std::string target_;
  std::shared_ptr<SkuidGenerator> id_generator_;

  mutable std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<PooledConnection>> idle_;
  std::size_t open_ = 0;
};

}  // namespace ska::oda::postgres::detail
