// `oda db migrate` and `oda db status`: the library's migration runner on the
// command line.
#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ska/oda/migration/default_sql_dir.hpp>
#include <ska/oda/migration/migration_runner.hpp>

#include "commands.hpp"

namespace ska::oda::cli {

namespace {

struct DbOptions {
  std::string sql_dir = default_sql_dir().string();
  bool dry_run = false;
};

constexpr std::size_t short_checksum_digits = 12;

/// Formats applied_on in UTC to the second for the table, or "" when the
/// version is pending.
std::string format_applied_on(const MigrationStatus& row) {
  if (!row.applied_on) {
    return "";
  }
  return fmt::format("{:%Y-%m-%d %H:%M:%S}Z",
                     std::chrono::floor<std::chrono::seconds>(*row.applied_on));
}

/// Formats applied_on as ISO 8601 in UTC with microseconds for JSON, or null.
nlohmann::json applied_on_json(const MigrationStatus& row) {
  if (!row.applied_on) {
    return nullptr;
  }
  const auto seconds = std::chrono::floor<std::chrono::seconds>(*row.applied_on);
  const auto microseconds = (*row.applied_on - seconds).count();
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:06}Z", seconds, microseconds);
}

nlohmann::json optional_text(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

void print_migrate_json(const MigrationReport& report) {
  nlohmann::json applied = nlohmann::json::array();
  for (const AppliedMigration& migration : report.applied) {
    applied.push_back({
        {"version", migration.script.version},
        {"name", migration.script.name},
        {"checksum", migration.script.checksum},
        {"execution_ms", migration.execution_ms ? nlohmann::json(*migration.execution_ms)
                                                : nlohmann::json(nullptr)},
    });
  }
  const nlohmann::json output = {
      {"dry_run", report.dry_run},
      {"start_version", report.start_version},
      {"end_version", report.end_version},
      {"applied", applied},
  };
  std::cout << output.dump(2) << '\n';
}

void print_migrate_text(const MigrationReport& report) {
  for (const AppliedMigration& migration : report.applied) {
    if (report.dry_run) {
      std::cout << fmt::format("would apply {} (version {})\n", migration.script.name,
                               migration.script.version);
    } else {
      std::cout << fmt::format("applied {} (version {}) in {} ms\n", migration.script.name,
                               migration.script.version, migration.execution_ms.value_or(0));
    }
  }
  if (report.dry_run) {
    std::cout << fmt::format("dry run: {} script(s) would be applied to database version {}\n",
                             report.applied.size(), report.start_version);
  } else if (report.applied.empty()) {
    std::cout << fmt::format("nothing to apply, database is at version {}\n",
                             report.end_version);
  } else {
    std::cout << fmt::format("applied {} script(s), database is at version {}\n",
                             report.applied.size(), report.end_version);
  }
}

void print_status_json(const std::vector<MigrationStatus>& rows) {
  nlohmann::json output = nlohmann::json::array();
  for (const MigrationStatus& row : rows) {
    output.push_back({
        {"version", row.version},
        {"name", row.name},
        {"state", std::string(to_string(row.state))},
        {"checksum", row.checksum},
        {"recorded_checksum", optional_text(row.recorded_checksum)},
        {"applied_on", applied_on_json(row)},
        {"applied_by", optional_text(row.applied_by)},
        {"execution_ms",
         row.execution_ms ? nlohmann::json(*row.execution_ms) : nlohmann::json(nullptr)},
    });
  }
  std::cout << output.dump(2) << '\n';
}

void print_status_table(const std::vector<MigrationStatus>& rows) {
  const std::vector<std::string> header = {"VERSION", "FILE",       "STATE",
                                           "CHECKSUM", "APPLIED ON", "EXECUTION"};
  std::vector<std::vector<std::string>> table = {header};
  for (const MigrationStatus& row : rows) {
    table.push_back({
        std::to_string(row.version),
        row.name,
        std::string(to_string(row.state)),
        row.checksum.substr(0, short_checksum_digits),
        format_applied_on(row),
        row.execution_ms ? std::to_string(*row.execution_ms) + " ms" : "",
    });
  }

  std::vector<std::size_t> widths(header.size(), 0);
  for (const auto& cells : table) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      widths[i] = std::max(widths[i], cells[i].size());
    }
  }
  for (const auto& cells : table) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      line += i + 1 < cells.size() ? fmt::format("{:<{}}  ", cells[i], widths[i]) : cells[i];
    }
    line.erase(line.find_last_not_of(' ') + 1);
    std::cout << line << '\n';
  }
}

void run_migrate(const CliContext& context, const DbOptions& options) {
  const MigrationRunner runner(context.options.dsn, context.logger);
  const MigrationReport report = runner.migrate(options.sql_dir, options.dry_run);
  if (context.options.json) {
    print_migrate_json(report);
  } else {
    print_migrate_text(report);
  }
}

void run_status(const CliContext& context, const DbOptions& options) {
  const MigrationRunner runner(context.options.dsn, context.logger);
  const std::vector<MigrationStatus> rows = runner.status(options.sql_dir);
  if (context.options.json) {
    print_status_json(rows);
  } else {
    print_status_table(rows);
  }
}

}  // namespace

void add_db_commands(CLI::App& app, CliContext& context) {
  CLI::App* db = app.add_subcommand("db", "manage the database schema");
  db->require_subcommand(1);

  // The options live as long as the application, because the callbacks run
  // after parsing.
  auto options = std::make_shared<DbOptions>();
  const std::string sql_dir_help =
      "directory of the V<digits>__<description>.sql scripts and migrations_table.sql";

  CLI::App* migrate = db->add_subcommand(
      "migrate", "apply the pending migration scripts, each in its own transaction");
  migrate->add_option("--sql-dir", options->sql_dir, sql_dir_help);
  migrate->add_flag("--dry-run", options->dry_run,
                    "print the scripts that would be applied and change nothing");
  migrate->callback([&context, options] { run_migrate(context, *options); });

  CLI::App* status = db->add_subcommand(
      "status", "list each migration version as applied, pending, checksum mismatch or "
                "missing file");
  status->add_option("--sql-dir", options->sql_dir, sql_dir_help);
  status->callback([&context, options] { run_status(context, *options); });
}

}  // namespace ska::oda::cli
