// `oda <kind> add|get|history|status`, one command group per entity kind;
// `query` is added from query_command.cpp.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <ska/oda/error.hpp>
#include <ska/oda/model/document_kind.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "commands.hpp"
#include "database.hpp"
#include "document_input.hpp"
#include "entity_output.hpp"
#include "kind_option.hpp"
#include "storable_document.hpp"
#include "table_printer.hpp"

namespace ska::oda::cli {

namespace {

struct AddOptions {
  std::vector<std::string> files;
  int expect_version = 0;
  CLI::Option* expect_version_option = nullptr;
};

struct GetOptions {
  std::string id;
  int version = 0;
  CLI::Option* version_option = nullptr;
  std::string related;
};

struct HistoryOptions {
  std::string id;
};

struct StatusOptions {
  std::string id;
  std::string set;
};

bool links_to(EntityKind source, EntityKind target) {
  for (const LinkField& link : describe(source).links) {
    if (link.target == target) {
      return true;
    }
  }
  return false;
}

/// Rejects a document that is recognisably of another kind, or a status
/// record, so that it does not land in the wrong table.
void check_document_kind(const InputDocument& input, EntityKind kind) {
  const DocumentKind detected = detect_document_kind(input.document);
  const KindDescriptor& descriptor = describe(kind);
  if (detected.category == DocumentCategory::status_record) {
    throw ValidationError(
        fmt::format("{}: this is a {} record, not a {} document; use `oda import` to apply "
                    "status records",
                    input.label(), detected.name(), descriptor.entity_name),
        {{"$", "status record"}});
  }
  if (detected.category == DocumentCategory::entity && detected.kind != kind) {
    throw ValidationError(
        fmt::format("{}: this is a {} document, and `oda {} add` stores {} documents; use "
                    "`oda {} add`",
                    input.label(), detected.name(), descriptor.plural, descriptor.entity_name,
                    describe(*detected.kind).plural),
        {{"$", "wrong kind"}});
  }
}

void run_add(const CliContext& context, EntityKind kind, const AddOptions& options) {
  std::vector<InputDocument> inputs;
  for (const std::string& file : options.files) {
    std::vector<InputDocument> documents = read_documents(file);
    for (InputDocument& document : documents) {
      check_document_kind(document, kind);
      inputs.push_back(std::move(document));
    }
  }

  std::optional<int> expected_version;
  if (options.expect_version_option->count() > 0) {
    expected_version = options.expect_version;
  }

  const auto database = open_database(context);
  const auto unit = database->begin();
  DocumentRepository& repository = unit->documents(kind);
  Json added = Json::array();
  for (InputDocument& input : inputs) {
    const bool has_tracking_status = detect_document_kind(input.document).has_tracking_status;
    StorableDocument storable =
        make_storable(kind, std::move(input.document), has_tracking_status, false);
    StoredEntity stored;
    try {
      stored = repository.add(std::move(storable.document), context.options.user,
                              expected_version);
    } catch (const ValidationError& error) {
      throw ValidationError(input.label() + ": " + error.what(), error.problems(),
                            error.context());
    }
    if (storable.tracking_status) {
      const std::string& id = stored.version.entity_id;
      const auto current = unit->status().current_status(kind, id);
      if (!current || current->status != *storable.tracking_status) {
        unit->status().update_status(kind, id, *storable.tracking_status, context.options.user);
      }
    }
    added.push_back({{"id", stored.version.entity_id}, {"version", stored.version.version}});
  }
  unit->commit();

  if (context.options.json) {
    print_json(added);
    return;
  }
  for (const Json& entry : added) {
    std::cout << fmt::format("{} version {}\n", entry["id"].get<std::string>(),
                             entry["version"].get<int>());
  }
}

void run_get(const CliContext& context, EntityKind kind, const GetOptions& options) {
  std::optional<int> version;
  if (options.version_option->count() > 0) {
    version = options.version;
  }

  const auto database = open_database(context);
  const auto unit = database->begin();
  if (options.related.empty()) {
    print_json(unit->documents(kind).get(options.id, version).document);
    return;
  }

  if (version) {
    throw UsageError("--version and --related cannot be combined: a link is followed from the "
                     "latest version");
  }
  const EntityKind target = parse_kind_argument(options.related);
  if (links_to(kind, target)) {
    print_json(unit->linked(kind, options.id, target).document);
    return;
  }
  if (links_to(target, kind)) {
    // Reverse links: check that the entity exists, because an empty list
    // would otherwise hide a mistyped id.
    if (!unit->documents(kind).contains(options.id)) {
      throw NotFound(fmt::format("{} {} not found", describe(kind).entity_name, options.id));
    }
    const std::vector<StoredEntity> entities = unit->referencing(target, kind, options.id);
    if (context.options.json) {
      Json documents = Json::array();
      for (const StoredEntity& entity : entities) {
        documents.push_back(entity.document);
      }
      print_json(documents);
    } else {
      print_entity_table(entities);
    }
    return;
  }
  throw UsageError(fmt::format("{} and {} are not linked in either direction",
                               describe(kind).plural, describe(target).plural));
}

void print_history_text(const std::vector<EntityVersion>& versions,
                        const std::optional<std::vector<StatusRecord>>& statuses,
                        const KindDescriptor& descriptor) {
  std::vector<std::vector<std::string>> version_rows;
  for (const EntityVersion& version : versions) {
    version_rows.push_back({std::to_string(version.version), version.created_by,
                            format_table_time(version.created_on), version.last_modified_by,
                            format_table_time(version.last_modified_on)});
  }
  std::cout << "Versions\n";
  print_table(std::cout,
              {"VERSION", "CREATED BY", "CREATED ON", "LAST MODIFIED BY", "LAST MODIFIED ON"},
              version_rows, output_width(), {0, 2, 4});

  std::cout << "\nStatus history\n";
  if (!statuses) {
    std::cout << fmt::format("The archive keeps no status history for {}.\n",
                             descriptor.entity_name);
    return;
  }
  std::vector<std::vector<std::string>> status_rows;
  for (const StatusRecord& record : *statuses) {
    status_rows.push_back({std::to_string(record.entity_version), record.status,
                           record.previous_status.value_or(""), record.updated_by,
                           format_table_time(record.as_of)});
  }
  print_table(std::cout, {"VERSION", "STATUS", "PREVIOUS STATUS", "UPDATED BY", "AS OF"},
              status_rows, output_width(), {0, 4});
}

void run_history(const CliContext& context, EntityKind kind, const HistoryOptions& options) {
  const KindDescriptor& descriptor = describe(kind);
  const auto database = open_database(context);
  const auto unit = database->begin();
  const std::vector<EntityVersion> versions = unit->documents(kind).versions(options.id);
  std::optional<std::vector<StatusRecord>> statuses;
  if (!descriptor.statuses.empty()) {
    statuses = unit->status().history(kind, options.id);
  }

  if (!context.options.json) {
    print_history_text(versions, statuses, descriptor);
    return;
  }
  Json output{{"entity_id", options.id}, {"versions", Json::array()}};
  for (const EntityVersion& version : versions) {
    output["versions"].push_back(version_json(version));
  }
  if (statuses) {
    output["status_history"] = Json::array();
    for (const StatusRecord& record : *statuses) {
      output["status_history"].push_back(status_record_json(record));
    }
  } else {
    output["status_history"] = nullptr;
  }
  print_json(output);
}

void print_status(const CliContext& context, const StatusRecord& record) {
  if (context.options.json) {
    print_json(status_record_json(record));
    return;
  }
  std::cout << fmt::format("{} (version {}, set by {} at {}{})\n", record.status,
                           record.entity_version, record.updated_by,
                           format_table_time(record.as_of),
                           record.previous_status ? ", previously " + *record.previous_status
                                                  : std::string());
}

void run_status(const CliContext& context, EntityKind kind, const StatusOptions& options) {
  const KindDescriptor& descriptor = describe(kind);
  if (descriptor.statuses.empty()) {
    std::string kinds_with_status;
    for (const KindDescriptor& other : kind_descriptors) {
      if (!other.statuses.empty()) {
        kinds_with_status += (kinds_with_status.empty() ? "" : ", ") + std::string(other.plural);
      }
    }
    throw UsageError(fmt::format("the archive keeps no status for {}; the kinds with a status "
                                 "are {}",
                                 descriptor.entity_name, kinds_with_status));
  }
  const auto database = open_database(context);
  const auto unit = database->begin();
  if (!unit->documents(kind).contains(options.id)) {
    throw NotFound(fmt::format("{} {} not found", descriptor.entity_name, options.id));
  }

  if (!options.set.empty()) {
    const StatusRecord record =
        unit->status().update_status(kind, options.id, options.set, context.options.user);
    unit->commit();
    print_status(context, record);
    return;
  }
  const auto current = unit->status().current_status(kind, options.id);
  if (!current) {
    throw NotFound(fmt::format("{} {} has no status yet; set one with --set",
                               descriptor.entity_name, options.id));
  }
  print_status(context, *current);
}

void add_kind_group(CLI::App& app, CliContext& context, const KindDescriptor& descriptor) {
  const EntityKind kind = descriptor.kind;
  CLI::App* group = app.add_subcommand(
      std::string(descriptor.plural),
      fmt::format("add, read, query and track {} documents", descriptor.entity_name));
  if (descriptor.name != descriptor.plural) {
    group->alias(std::string(descriptor.name));
  }
  group->require_subcommand(1);

  auto add_options = std::make_shared<AddOptions>();
  CLI::App* add = group->add_subcommand(
      "add", fmt::format("store each {} document of the files as a new version, in one "
                         "transaction, and print its id and version",
                         descriptor.entity_name));
  add->add_option("files", add_options->files,
                  "JSON files holding one document or an array of documents; - reads standard "
                  "input")
      ->required();
  add_options->expect_version_option =
      add->add_option("--expect-version", add_options->expect_version,
                      "store only if the latest stored version is N (0: the entity must not "
                      "exist yet); otherwise fail with exit code 4")
          ->check(CLI::NonNegativeNumber);
  add->callback([&context, kind, add_options] { run_add(context, kind, *add_options); });

  auto get_options = std::make_shared<GetOptions>();
  CLI::App* get = group->add_subcommand(
      "get", fmt::format("print a {} document as JSON", descriptor.entity_name));
  get->add_option("id", get_options->id, "entity id")->required();
  get_options->version_option =
      get->add_option("--version", get_options->version, "version to print; default: latest")
          ->check(CLI::PositiveNumber);
  get->add_option("--related", get_options->related,
                  "print the entity of KIND that this one links to (ebs get ID --related sbds), "
                  "or list the entities of KIND that link to this one (sbds get ID --related "
                  "ebs)")
      ->check(kind_validator());
  get->callback([&context, kind, get_options] { run_get(context, kind, *get_options); });

  auto history_options = std::make_shared<HistoryOptions>();
  CLI::App* history = group->add_subcommand(
      "history", "list the versions (metadata only) and the status history of an entity");
  history->add_option("id", history_options->id, "entity id")->required();
  history->callback(
      [&context, kind, history_options] { run_history(context, kind, *history_options); });

  auto status_options = std::make_shared<StatusOptions>();
  CLI::App* status = group->add_subcommand(
      "status", "print the current status of an entity, or set a new one");
  status->add_option("id", status_options->id, "entity id")->required();
  status->add_option("--set", status_options->set,
                     descriptor.statuses.empty()
                         ? std::string("new status; this kind keeps no status")
                         : "new status, one of: " + list_statuses(kind));
  status->callback(
      [&context, kind, status_options] { run_status(context, kind, *status_options); });

  add_query_command(*group, context, kind);
}

}  // namespace

void add_kind_commands(CLI::App& app, CliContext& context) {
  for (const KindDescriptor& descriptor : kind_descriptors) {
    add_kind_group(app, context, descriptor);
  }
}

}  // namespace ska::oda::cli
