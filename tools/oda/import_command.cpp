// `oda import`: stores every document found under files and directories,
// recognising each document's kind, and prints a summary.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <ska/oda/error.hpp>

#include "commands.hpp"
#include "database.hpp"
#include "document_input.hpp"
#include "entity_output.hpp"
#include "import_summary.hpp"
#include "importer.hpp"
#include "progress_bar.hpp"

namespace ska::oda::cli {

namespace {

struct ImportOptions {
  std::vector<std::string> paths;
  bool atomic = false;
  std::size_t batch_size = 100;
};

/// Splits a ParseError message, `file:line:column: invalid JSON: detail`,
/// into the location and the rest, so that the summary names the file once.
ImportNote describe_parse_error(const std::string& file, const ParseError& error) {
  const ParseError::Location& location = error.location();
  std::string label = file;
  if (location.line && location.column) {
    label = fmt::format("{}:{}:{}", file, *location.line, *location.column);
  }
  std::string reason = error.what();
  const std::string prefix = label + ": ";
  if (reason.starts_with(prefix)) {
    reason.erase(0, prefix.size());
  }
  return {label, reason};
}

void run_import(CliContext& context, const ImportOptions& options) {
  const std::vector<std::filesystem::path> files = collect_json_files(options.paths);
  const auto database = open_database(context);

  ImportSummary summary;
  ImportSettings settings;
  settings.batch_size = options.batch_size;
  settings.atomic = options.atomic;
  settings.user = context.options.user;
  Importer importer(*database, settings, context.logger, summary);

  ProgressBar progress(files.size());
  std::size_t documents = 0;
  for (std::size_t index = 0; index < files.size(); ++index) {
    const std::string file = files[index].string();
    try {
      for (InputDocument& document : read_documents(file)) {
        importer.add(std::move(document));
        ++documents;
      }
    } catch (const ParseError& error) {
      const ImportNote note = describe_parse_error(file, error);
      importer.add_unreadable(note.label, note.reason);
    } catch (const ConnectionError&) {
      throw;
    } catch (const NotFound& error) {
      // The file vanished or cannot be read since the directory was listed.
      importer.add_unreadable(file, error.what());
    }
    progress.update(index + 1, documents);
  }
  const bool rolled_back = importer.finish();
  progress.finish();

  if (context.options.json) {
    print_json(summary.to_json(files.size(), rolled_back));
  } else {
    summary.print_text(files.size(), rolled_back);
  }
  if (summary.count(ImportOutcome::failed) > 0) {
    context.exit_code = exit_not_found_or_invalid;
  }
}

}  // namespace

void add_import_command(CLI::App& app, CliContext& context) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* import = app.add_subcommand(
      "import",
      "store every PDM document under the paths, recognising each document's kind; status "
      "records are applied after the entities. Exits with 1 when a document failed");
  import->add_option("paths", options->paths,
                     "JSON files, or directories searched recursively for *.json; each element "
                     "of a top-level array is one document")
      ->required();
  import->add_flag("--atomic", options->atomic,
                   "store everything in one transaction, and nothing when any document fails");
  import->add_option("--batch-size", options->batch_size,
                     "documents stored per transaction when not --atomic")
      ->check(CLI::PositiveNumber);
  import->callback([&context, options] { run_import(context, *options); });
}

}  // namespace ska::oda::cli
