#pragma once

#include <CLI/CLI.hpp>

#include <ska/oda/entity_kind.hpp>

#include "cli_context.hpp"

namespace ska::oda::cli {

// Each command group lives in its own file and adds its subcommands to the
// application. The callbacks read the context when they run, after parsing.

void add_db_commands(CLI::App& app, CliContext& context);
void add_doc_commands(CLI::App& app, CliContext& context);
/// One group per entity kind (sbds, sbis, ...) with add, get, query,
/// history and status.
void add_kind_commands(CLI::App& app, CliContext& context);
/// Adds `query` to the group of one kind.
void add_query_command(CLI::App& group, CliContext& context, EntityKind kind);
void add_import_command(CLI::App& app, CliContext& context);
void add_export_command(CLI::App& app, CliContext& context);

}  // namespace ska::oda::cli
