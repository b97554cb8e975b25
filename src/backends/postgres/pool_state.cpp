#include "backends/postgres/pool_state.hpp"

#include <fmt/format.h>
#include <pqxx/nontransaction>
#include <spdlog/logger.h>

#include <ska/oda/error.hpp>

#include "backends/postgres/error_translation.hpp"
#include "backends/postgres/statements.hpp"

namespace ska::oda::postgres::detail {

namespace {

bool is_uri(const std::string& connection_string) {
  return connection_string.starts_with("postgresql://") ||
         connection_string.starts_with("postgres://");
}

// Adds connect_timeout unless the caller's string already sets one.
std::string with_connect_timeout(const std::string& connection_string,
                                 std::chrono::seconds timeout) {
  if (connection_string.find("connect_timeout") != std::string::npos) {
    return connection_string;
  }
  const std::string setting = fmt::format("connect_timeout={}", timeout.count());
  if (is_uri(connection_string)) {
    const char separator = connection_string.find('?') == std::string::npos ? '?' : '&';
    return connection_string + separator + setting;
  }
  return connection_string.empty() ? setting : connection_string + " " + setting;
}

}  // namespace

ConnectionLease::ConnectionLease(std::shared_ptr<PoolState> pool,
                                 std::unique_ptr<PooledConnection> connection)
    : pool_(std::move(pool)), connection_(std::move(connection)) {}

ConnectionLease::~ConnectionLease() { pool_->release(std::move(connection_)); }

PoolState::PoolState(ConnectionSettings settings)
    : settings_(std::move(settings)),
      connection_string_(
          with_connect_timeout(settings_.connection_string, settings_.connect_timeout)),
      target_(describe_target(settings_.connection_string)),
      id_generator_(settings_.id_generator) {
  if (const auto problem = connection_string_problem(settings_.connection_string)) {
    throw UsageError("invalid connection string: " + *problem +
                     "; use key=value pairs such as \"host=db dbname=oda\" or a "
                     "postgresql:// URI");
  }
  if (settings_.max_connections == 0) {
    throw UsageError("ConnectionSettings::max_connections must be at least 1");
  }
  if (!id_generator_) {
    // The process-wide generator lives until exit, so a non-owning pointer
    // is safe.
    id_generator_ = std::shared_ptr<SkuidGenerator>(&default_skuid_generator(),
                                                    [](SkuidGenerator*) {});
  }
}

std::unique_ptr<PooledConnection> PoolState::open_connection() {
  auto pooled = std::make_unique<PooledConnection>();
  try {
    pooled->connection = std::make_unique<pqxx::connection>(connection_string_);
    if (settings_.statement_timeout.count() > 0) {
      pqxx::nontransaction setup(*pooled->connection);
      setup.exec(fmt::format("SET statement_timeout = {}", settings_.statement_timeout.count()));
    }
    for (const KindStatements& kind : all_statements()) {
      for (const Statement* statement :
           {&kind.add, &kind.get_latest, &kind.get_version, &kind.contains, &kind.versions,
            &kind.remove, &kind.update_status, &kind.current_status, &kind.history}) {
        pooled->connection->prepare(statement->name, statement->sql);
      }
    }
  } catch (const pqxx::broken_connection& error) {
    if (settings_.logger) {
      settings_.logger->error("cannot connect to PostgreSQL at {}: {}", target_, error.what());
    }
    // libpq's own reason (no such database, authentication failed, ...) is
    // what the user needs, and it never contains the password.
    throw ConnectionError(
        fmt::format("cannot connect to PostgreSQL at {}: {}; check that the server runs and "
                    "that the connection string or PG* variables are right",
                    target_, first_line(error.what())),
        {.operation = "connect", .detail = error.what()});
  } catch (...) {
    rethrow_translated({.operation = "connect"});
  }
  pooled->last_used = std::chrono::steady_clock::now();
  if (settings_.logger) {
    settings_.logger->info("opened a PostgreSQL connection to {} (server process {})", target_,
                           pooled->connection->backendpid());
  }
  return pooled;
}

bool PoolState::is_healthy(PooledConnection& pooled) {
  if (!pooled.connection->is_open()) {
    return false;
  }
  const auto idle = std::chrono::steady_clock::now() - pooled.last_used;
  if (idle < settings_.health_check_after_idle) {
    return true;
  }
  try {
    pqxx::nontransaction check(*pooled.connection);
    check.exec("SELECT 1");
    return true;
  } catch (const std::exception& error) {
    if (settings_.logger) {
      settings_.logger->warn("dropping a broken PostgreSQL connection to {}: {}", target_,
                             error.what());
    }
    return false;
  }
}

std::unique_ptr<ConnectionLease> PoolState::acquire() {
  const auto deadline = std::chrono::steady_clock::now() + settings_.acquire_timeout;
  std::unique_lock lock(mutex_);
  for (;;) {
    while (!idle_.empty()) {
      auto pooled = std::move(idle_.back());
      idle_.pop_back();
      lock.unlock();
      if (is_healthy(*pooled)) {
        return std::make_unique<ConnectionLease>(shared_from_this(), std::move(pooled));
      }
      pooled.reset();
      lock.lock();
      --open_;
    }

    if (open_ < settings_.max_connections) {
      ++open_;
      lock.unlock();
      try {
        return std::make_unique<ConnectionLease>(shared_from_this(), open_connection());
      } catch (...) {
        lock.lock();
        --open_;
        released_.notify_one();
        throw;
      }
    }

    if (released_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
        open_ >= settings_.max_connections) {
      throw ConnectionError(fmt::format(
          "no PostgreSQL connection became free within {} ms; all {} are in use, so raise "
          "ConnectionSettings::max_connections or acquire_timeout, or finish units of work "
          "sooner",
          settings_.acquire_timeout.count(), settings_.max_connections));
    }
  }
}

void PoolState::release(std::unique_ptr<PooledConnection> pooled) {
  const bool reusable = pooled && !pooled->suspect && pooled->connection->is_open();
  if (pooled && !reusable && settings_.logger) {
    settings_.logger->info("closing a PostgreSQL connection to {} after a failure", target_);
  }
  if (reusable) {
    pooled->last_used = std::chrono::steady_clock::now();
  } else {
    pooled.reset();
  }
  {
    std::lock_guard lock(mutex_);
    if (reusable) {
      idle_.push_back(std::move(pooled));
    } else {
      --open_;
    }
  }
  released_.notify_one();
}

std::size_t PoolState::open_connections() const {
  std::lock_guard lock(mutex_);
  return open_;
}

std::size_t PoolState::idle_connections() const {
  std::lock_guard lock(mutex_);
  return idle_.size();
}

}  // namespace ska::oda::postgres::detail
