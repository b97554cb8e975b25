#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace spdlog {
class logger;
}

namespace ska::oda {
class SkuidGenerator;
}

namespace ska::oda::postgres {

/// Connection target and behaviour of a ConnectionPool.
struct ConnectionSettings {
  /// A libpq connection string (`host=… dbname=…` or `postgresql://…`).
  /// Empty means the libpq PG* environment variables alone.
  std::string connection_string;

  /// Maximum number of open connections.
  std::size_t max_connections = 8;

  /// How long begin() waits for a free connection before it throws
  /// ConnectionError.
  std::chrono::milliseconds acquire_timeout{10'000};

  /// libpq connect_timeout, used unless the connection string sets one.
  std::chrono::seconds connect_timeout{10};

  /// Server-side statement_timeout of every connection; zero keeps the
  /// server's setting.
  std::chrono::milliseconds statement_timeout{0};

  /// A connection idle for longer than this is checked with a round trip
  /// before reuse, so a server restart costs no failed unit of work. A
  /// connection that libpq reports as broken is always replaced.
  std::chrono::milliseconds health_check_after_idle{30'000};

  /// Receives connection lifecycle, retries and errors; null for none.
  std::shared_ptr<spdlog::logger> logger;

  /// Generates ids for documents without one; null means the process-wide
  /// default_skuid_generator().
  std::shared_ptr<SkuidGenerator> id_generator;
};

}  // namespace ska::oda::postgres
