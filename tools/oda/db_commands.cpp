#include "commands.hpp"

namespace ska::oda::cli {

void add_db_commands(CLI::App& app, CliContext& context) {
  // TODO: migrate and status arrive with the migration runner.
  (void)context;
  app.add_subcommand("db", "manage the database schema")->require_subcommand(1);
}

}  // namespace ska::oda::cli
