#pragma once

#include <memory>
#include <string>

#include <spdlog/logger.h>

namespace ska::oda::cli {

/// Exit codes of the oda tool, documented in --help and docs/cli.md.
enum ExitCode : int {
  exit_success = 0,
  exit_not_found_or_invalid = 1,
  exit_usage = 2,
  exit_unreachable = 3,
  exit_conflict = 4,
};

/// Options shared by every command, filled in by CLI11 before a command runs.
struct GlobalOptions {
  /// libpq connection string; empty means the PG* environment variables.
  std::string dsn;
  /// Name recorded in metadata as created_by and last_modified_by.
  std::string user;
  std::string log_level = "warn";
  bool json = false;
  bool no_color = false;
};

/// What a command callback gets: the global options, a logger writing to
/// stderr, and the exit code it may set (success unless it sets another).
struct CliContext {
  GlobalOptions options;
  std::shared_ptr<spdlog::logger> logger;
  int exit_code = exit_success;
};

}  // namespace ska::oda::cli
