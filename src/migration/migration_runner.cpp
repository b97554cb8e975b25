#include <ska/oda/migration/migration_runner.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include <ska/oda/error.hpp>

#include "migration/error_context.hpp"

#include "migration/connection_target.hpp"
#include "migration/migration_session.hpp"
#include "migration/migration_validation.hpp"

namespace ska::oda {

namespace {

using migration::MigrationProblem;
using migration::RecordedMigration;

constexpr const char* bookkeeping_ddl_name = "migrations_table.sql";

int highest_version(const std::vector<RecordedMigration>& recorded) {
  int highest = 0;
  for (const RecordedMigration& row : recorded) {
    highest = std::max(highest, row.version);
  }
  return highest;
}

[[noreturn]] void reject(const std::vector<MigrationProblem>& problems) {
  std::string lines;
  std::set<std::string> files;
  for (const MigrationProblem& problem : problems) {
    lines += (lines.empty() ? "" : "\n") + problem.message;
    files.insert(problem.file);
  }
  // The lines name only files, versions and checksums, so what() carries
  // them too and a command-line user sees which files to fix.
  throw MigrationError("migrations rejected, nothing was applied (" +
                           std::to_string(problems.size()) + " problem(s)):\n" + lines,
                       files.size() == 1 ? *files.begin() : std::string(),
                       migration::migration_context("migrate", lines));
}

MigrationStatus status_of_recorded(const RecordedMigration& row, MigrationState state) {
  return MigrationStatus{
      .version = row.version,
      .name = row.name,
      .checksum = row.checksum,
      .recorded_checksum = row.checksum,
      .state = state,
      .applied_on = row.applied_on,
      .applied_by = row.applied_by,
      .execution_ms = row.execution_ms,
  };
}

}  // namespace

MigrationRunner::MigrationRunner(std::string connection_string,
                                 std::shared_ptr<spdlog::logger> logger)
    : connection_string_(std::move(connection_string)), logger_(std::move(logger)) {}

std::vector<MigrationStatus> MigrationRunner::status(const std::filesystem::path& directory) const {
  const std::vector<MigrationScript> scripts = scan_migrations(directory);

  migration::MigrationSession session(
      migration::prepare_connection(connection_string_, default_connect_timeout_seconds), logger_);
  std::vector<RecordedMigration> recorded;
  if (session.has_bookkeeping_table()) {
    recorded = session.recorded_migrations();
  }

  std::map<int, const RecordedMigration*> recorded_by_version;
  for (const RecordedMigration& row : recorded) {
    recorded_by_version[row.version] = &row;
  }

  std::vector<MigrationStatus> rows;
  std::set<int> versions_with_file;
  for (const MigrationScript& script : scripts) {
    versions_with_file.insert(script.version);
    const auto found = recorded_by_version.find(script.version);
    if (found == recorded_by_version.end()) {
      MigrationStatus pending;
      pending.version = script.version;
      pending.name = script.name;
      pending.checksum = script.checksum;
      pending.state = MigrationState::pending;
      rows.push_back(std::move(pending));
      continue;
    }
    const RecordedMigration& row = *found->second;
    MigrationStatus status = status_of_recorded(
        row, row.checksum == script.checksum ? MigrationState::applied
                                             : MigrationState::checksum_mismatch);
    status.name = script.name;
    status.checksum = script.checksum;
    rows.push_back(std::move(status));
  }
  for (const RecordedMigration& row : recorded) {
    if (!versions_with_file.contains(row.version)) {
      rows.push_back(status_of_recorded(row, MigrationState::missing_file));
    }
  }
  return rows;
}

MigrationReport MigrationRunner::migrate(const std::filesystem::path& directory,
                                         bool dry_run) const {
  const std::vector<MigrationScript> scripts = scan_migrations(directory);
  const std::filesystem::path ddl_file = directory / bookkeeping_ddl_name;
  std::error_code error;
  if (!std::filesystem::is_regular_file(ddl_file, error)) {
    throw MigrationError("bookkeeping DDL not found: " + ddl_file.string() +
                             "; the migration directory must contain " + bookkeeping_ddl_name +
                             ", as sql/ does",
                         bookkeeping_ddl_name, migration::migration_context("migrate"));
  }

  const migration::ConnectionTarget target =
      migration::prepare_connection(connection_string_, default_connect_timeout_seconds);
  migration::MigrationSession session(target, logger_);
  session.lock();
  const std::string search_path = session.search_path();

  // A dry run creates nothing, so it reads the bookkeeping only where
  // CREATE TABLE IF NOT EXISTS would have created it.
  bool has_table = true;
  if (dry_run) {
    has_table = session.has_bookkeeping_table();
  } else {
    session.create_bookkeeping_table(ddl_file);
  }
  const std::vector<RecordedMigration> recorded =
      has_table ? session.recorded_migrations() : std::vector<RecordedMigration>{};

  const std::vector<MigrationProblem> problems = migration::find_problems(scripts, recorded);
  if (!problems.empty()) {
    if (logger_ != nullptr) {
      for (const MigrationProblem& problem : problems) {
        logger_->warn("rejected migration directory {}: {}", directory.string(), problem.message);
      }
    }
    reject(problems);
  }

  MigrationReport report;
  report.dry_run = dry_run;
  report.start_version = highest_version(recorded);
  report.end_version = report.start_version;
  for (const MigrationScript& script : scripts) {
    if (script.version <= report.start_version) {
      continue;
    }
    if (dry_run) {
      if (logger_ != nullptr) {
        logger_->info("would apply {} (version {})", script.name, script.version);
      }
      report.applied.push_back({script, std::nullopt});
    } else {
      const std::int64_t execution_ms = session.apply(script, search_path);
      if (logger_ != nullptr) {
        logger_->info("applied {} (version {}) in {} ms to {}", script.name, script.version,
                      execution_ms, target.description);
      }
      report.applied.push_back({script, execution_ms});
    }
    report.end_version = script.version;
  }

  session.unlock();
  if (logger_ != nullptr && report.applied.empty()) {
    logger_->info("{} is at version {}; no migration is pending", target.description,
                  report.start_version);
  }
  return report;
}

}  // namespace ska::oda
