// `oda export`: writes the documents of one kind to a directory, one file
// per entity or per version, reading page by page in constant memory.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include <ska/oda/error.hpp>
#include <ska/oda/query.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "commands.hpp"
#include "database.hpp"
#include "entity_output.hpp"
#include "kind_option.hpp"

namespace ska::oda::cli {

namespace {

namespace fs = std::filesystem;

/// Documents read per round trip; memory use grows with it, not with the
/// number of entities.
constexpr std::size_t page_size = 200;

struct ExportOptions {
  std::string kind;
  std::string directory;
  bool all_versions = false;
};

/// Turns an entity id into a file name: '/', '\' and '%' become %2F, %5C
/// and %25, and a leading '.' becomes %2E, so that no id can name a file
/// outside the directory or a hidden one.
std::string file_stem(const std::string& id) {
  std::string stem;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (c == '/' || c == '\\' || c == '%' || (i == 0 && c == '.')) {
      stem += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      stem += c;
    }
  }
  return stem;
}

void write_document(const fs::path& path, const Json& document) {
  std::ofstream stream(path, std::ios::binary | std::ios::trunc);
  stream << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  stream.close();
  if (!stream) {
    throw Error(fmt::format("{}: writing the file failed; check the free space and permissions",
                            path.string()));
  }
}

void run_export(const CliContext& context, const ExportOptions& options) {
  const EntityKind kind = parse_kind_argument(options.kind);
  // Connect first, so that a failed connection leaves no empty directory.
  const auto database = open_database(context);
  const auto unit = database->begin();
  DocumentRepository& repository = unit->documents(kind);

  const fs::path directory(options.directory);
  std::error_code error;
  fs::create_directories(directory, error);
  if (error || !fs::is_directory(directory)) {
    throw Error(fmt::format("{}: cannot create the directory: {}", directory.string(),
                            error ? error.message() : "a file of that name exists"));
  }

  Query query;
  query.all_versions = options.all_versions;
  query.limit = page_size;
  std::size_t written = 0;
  for (;;) {
    const QueryPage page = repository.query(query);
    for (const StoredEntity& entity : page.entities) {
      const std::string stem = file_stem(entity.version.entity_id);
      const std::string name = options.all_versions
                                   ? fmt::format("{}.v{}.json", stem, entity.version.version)
                                   : stem + ".json";
      write_document(directory / name, entity.document);
      ++written;
    }
    if (!page.next_cursor) {
      break;
    }
    query.after = page.next_cursor;
  }

  if (context.options.json) {
    print_json(Json{{"kind", describe(kind).plural},
                    {"directory", directory.string()},
                    {"documents", written}});
  } else {
    std::cout << fmt::format("exported {} {} documents to {}\n", written, describe(kind).plural,
                             directory.string());
  }
}

}  // namespace

void add_export_command(CLI::App& app, CliContext& context) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand(
      "export", "write the documents of one kind to DIR/<id>.json, replacing existing files");
  command->add_option("kind", options->kind, "kind to export: " + kind_names())
      ->required()
      ->check(kind_validator());
  command->add_option("directory", options->directory, "directory to write; created if missing")
      ->required();
  command->add_flag("--all-versions", options->all_versions,
                    "write every version, as DIR/<id>.v<version>.json");
  command->callback([&context, options] { run_export(context, *options); });
}

}  // namespace ska::oda::cli
