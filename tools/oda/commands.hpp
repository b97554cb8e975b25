#pragma once

#include <CLI/CLI.hpp>

#include "cli_context.hpp"

namespace ska::oda::cli {

// Each command group lives in its own file and adds its subcommands to the
// application. The callbacks read the context when they run, after parsing.

void add_db_commands(CLI::App& app, CliContext& context);
void add_doc_commands(CLI::App& app, CliContext& context);

}  // namespace ska::oda::cli
