// The oda command-line tool: maps the library's exceptions to exit codes and
// prints one clear line per error on stderr.
#include <cstdlib>
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/logger.h>

#include <ska/oda/error.hpp>
#include <ska/oda/library_version.hpp>

#include "cli_context.hpp"
#include "commands.hpp"

namespace {

using namespace ska::oda;
using namespace ska::oda::cli;

constexpr const char* exit_code_help = R"(Exit codes:
  0  success
  1  not found, or invalid data
  2  usage error
  3  database unreachable
  4  conflict: a stale version or a unique violation)";

std::string default_user() {
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "DefaultUser";
}

int exit_code_for(const Error& error) {
  if (dynamic_cast<const StaleEntity*>(&error) != nullptr ||
      dynamic_cast<const UniqueViolation*>(&error) != nullptr) {
    return exit_conflict;
  }
  if (dynamic_cast<const ConnectionError*>(&error) != nullptr) {
    return exit_unreachable;
  }
  if (dynamic_cast<const UsageError*>(&error) != nullptr) {
    return exit_usage;
  }
  return exit_not_found_or_invalid;
}

}  // namespace

int main(int argc, char** argv) {
  CliContext context;
  context.options.user = default_user();

  CLI::App app{"oda: store, query and version OSO PDM documents in PostgreSQL"};
  app.footer(exit_code_help);
  app.set_version_flag("--version", std::string(library_version()));
  app.require_subcommand(1);
  app.option_defaults()->always_capture_default();

  app.add_option("--dsn", context.options.dsn,
                 "libpq connection string; default: the PG* environment variables");
  app.add_option("--user", context.options.user, "name recorded in metadata; default: $USER");
  app.add_option("--log-level", context.options.log_level,
                 "log detail on stderr: trace, debug, info, warn, error or off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
  app.add_flag("--json", context.options.json, "print machine-readable JSON on stdout");
  app.add_flag("--no-color", context.options.no_color, "never color the output");

  add_db_commands(app, context);
  add_doc_commands(app, context);
  add_kind_commands(app, context);
  add_import_command(app, context);
  add_export_command(app, context);

  // The logger exists before any callback runs; parse_complete_callback sets
  // its level and colors from the parsed options.
  auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  context.logger = std::make_shared<spdlog::logger>("oda", sink);
  context.logger->set_pattern("oda: %^%l%$: %v");
  // Usage errors take one line, like every other error.
  app.failure_message([](const CLI::App* failed, const CLI::Error& error) {
    std::string message = std::string("oda: ") + error.what();
    // CLI11 reports an unknown command or kind as a missing subcommand.
    const std::vector<std::string> unknown = failed->remaining(true);
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr && !unknown.empty()) {
      message = "oda: unknown command \"" + unknown.front() + "\"";
    }
    if (dynamic_cast<const CLI::ValidationError*>(&error) == nullptr) {
      message += "; run with --help for the usage";
    }
    return message + "\n";
  });
  app.parse_complete_callback([&] {
    context.logger->set_level(spdlog::level::from_str(context.options.log_level));
    sink->set_color_mode(context.options.no_color ? spdlog::color_mode::never
                                                  : spdlog::color_mode::automatic);
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // --help and --version end parsing with exit code 0; every other parse
    // error is a usage error.
    return app.exit(error) == 0 ? exit_success : exit_usage;
  } catch (const Error& error) {
    std::cerr << "oda: " << error.what() << '\n';
    if (!error.detail().empty()) {
      context.logger->debug("detail: {}", error.detail());
    }
    return exit_code_for(error);
  } catch (const std::exception& error) {
    std::cerr << "oda: unexpected error: " << error.what() << '\n';
    return exit_not_found_or_invalid;
  }
  return context.exit_code;
}
