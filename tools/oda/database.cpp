#include "database.hpp"

#include <spdlog/logger.h>

namespace ska::oda::cli {

std::unique_ptr<postgres::ConnectionPool> open_database(const CliContext& context) {
  postgres::ConnectionSettings settings;
  settings.connection_string = context.options.dsn;
  // One command needs one connection at a time.
  settings.max_connections = 2;

  // The pool logs a failed connect at error level and then throws, and
  // main() prints the exception. Unless the user asked for info or more
  // detail, the pool gets a quieter copy of the logger, so that a failure
  // is reported in one line.
  if (context.logger->level() <= spdlog::level::info) {
    settings.logger = context.logger;
  } else {
    settings.logger = context.logger->clone("oda");
    settings.logger->set_level(spdlog::level::critical);
  }
  return std::make_unique<postgres::ConnectionPool>(std::move(settings));
}

}  // namespace ska::oda::cli
