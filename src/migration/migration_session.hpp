#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>
#include <spdlog/logger.h>

#include <ska/oda/migration/migration_script.hpp>

#include "migration/connection_target.hpp"

namespace ska::oda::migration {

/// A row of oda_schema_migrations.
struct RecordedMigration {
  int version = 0;
  std::string name;
  std::string checksum;
  std::chrono::sys_time<std::chrono::microseconds> applied_on;
  std::string applied_by;
  std::int64_t execution_ms = 0;
};

/// Passes the server's notices and warnings to a logger at info level.
class NoticeLogger final : public pqxx::errorhandler {
public:
  NoticeLogger(pqxx::connection_base& connection, std::shared_ptr<spdlog::logger> logger);
  bool operator()(const char message[]) noexcept override;

private:
  std::shared_ptr<spdlog::logger> logger_;
};

/// The one database session of a migration run, holding the steps of the
/// protocol of sql/migrate.sh. Every method translates libpqxx errors into
/// ConnectionError or MigrationError. Destroying the session closes the
/// connection, which also releases the advisory lock.
class MigrationSession {
public:
  /// Connects and sets client_encoding to UTF8, because scripts are UTF-8.
  MigrationSession(const ConnectionTarget& target, std::shared_ptr<spdlog::logger> logger);

  /// Takes the session-level advisory lock that serialises runners, and
  /// waits while another runner holds it.
  void lock();
  void unlock();

  /// Returns the session's current search_path setting.
  std::string search_path();

  /// Runs the bookkeeping DDL file with client_min_messages = warning.
  void create_bookkeeping_table(const std::filesystem::path& ddl_file);

  /// Returns whether oda_schema_migrations exists in current_schema().
  bool has_bookkeeping_table();

  /// Returns the rows of oda_schema_migrations ordered by version.
  std::vector<RecordedMigration> recorded_migrations();

  /// Applies one script in its own transaction with its bookkeeping row,
  /// restoring search_path before the script and before the INSERT. Returns
  /// the recorded execution time in milliseconds.
  std::int64_t apply(const MigrationScript& script, const std::string& search_path);

private:
  std::string description_;
  std::shared_ptr<spdlog::logger> logger_;
  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<NoticeLogger> notice_logger_;
};

}  // namespace ska::oda::migration
