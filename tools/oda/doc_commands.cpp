#include "commands.hpp"

namespace ska::oda::cli {

void add_doc_commands(CLI::App& app, CliContext& context) {
  // TODO: `doc check` arrives with the entity model.
  (void)context;
  app.add_subcommand("doc", "check PDM documents without a database")->require_subcommand(1);
}

}  // namespace ska::oda::cli
