#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <spdlog/logger.h>

#include <ska/oda/export.hpp>
#include <ska/oda/migration/migration_script.hpp>
#include <ska/oda/migration/migration_status.hpp>

namespace ska::oda {

/// A script that migrate() applied, or would apply in a dry run.
struct AppliedMigration {
  MigrationScript script;
  /// Time the script took to run, in milliseconds; empty in a dry run.
  std::optional<std::int64_t> execution_ms;
};

/// The outcome of one migrate() call.
struct MigrationReport {
  /// Highest version recorded before the run; 0 for a database without
  /// migrations.
  int start_version = 0;
  /// Highest version recorded after the run, or that a dry run would reach.
  int end_version = 0;
  bool dry_run = false;
  /// Scripts applied in version order, or that a dry run would apply.
  std::vector<AppliedMigration> applied;
};

/// Applies versioned migration scripts (V<digits>__<description>.sql) with
/// the same protocol as sql/migrate.sh, so the two runners can take turns on
/// one database. Each pending script runs in its own transaction together
/// with its row in oda_schema_migrations, under a session-level advisory
/// lock that serialises concurrent runners of either kind.
///
/// The bookkeeping DDL comes from migrations_table.sql in the migration
/// directory given to migrate(), because the library has no script
/// directory of its own. The directory of default_sql_dir() contains it.
///
/// Failures are thrown as ConnectionError (server unreachable or
/// connection lost) or MigrationError (directory rejected or script
/// failed). A script that fails is rolled back, and the scripts applied
/// before it stay applied.
class SKA_ODA_EXPORT MigrationRunner {
public:
  /// Connection parameters not set in the libpq connection string come from
  /// the PG* environment variables. When neither sets connect_timeout, the
  /// runner uses default_connect_timeout_seconds.
  explicit MigrationRunner(std::string connection_string,
                           std::shared_ptr<spdlog::logger> logger = nullptr);

  static constexpr int default_connect_timeout_seconds = 10;

  /// Compares the directory with oda_schema_migrations: one row per script
  /// in version order, then one row per recorded version without a file.
  /// Reads only, takes no lock and creates nothing.
  std::vector<MigrationStatus> status(const std::filesystem::path& directory) const;

  /// Applies the pending scripts of the directory and returns them. With
  /// dry_run, takes the lock, checks the directory against the bookkeeping
  /// (when the table exists in current_schema()) and returns what would be
  /// applied, changing nothing.
  MigrationReport migrate(const std::filesystem::path& directory, bool dry_run = false) const;

private:
  std::string connection_string_;
  std::shared_ptr<spdlog::logger> logger_;
};

}  // namespace ska::oda
