// `oda <kind> query`: filters a kind's entities and prints them as a table
// or, with --json, as a JSON array of documents.
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <ska/oda/error.hpp>
#include <ska/oda/query.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "commands.hpp"
#include "database.hpp"
#include "date_option.hpp"
#include "entity_output.hpp"

namespace ska::oda::cli {

namespace {

/// Rows read per round trip when the query has no --limit or a large one.
constexpr std::size_t page_size = 500;

struct QueryOptions {
  std::string user;
  std::string entity_id;
  std::string match = "equals";
  std::string created_after;
  std::string created_before;
  std::string modified_after;
  std::string modified_before;
  std::vector<std::string> where;
  std::size_t limit = 0;
  bool all_versions = false;
};

MatchType parse_match(const std::string& text) {
  if (text == "starts_with") {
    return MatchType::starts_with;
  }
  if (text == "contains") {
    return MatchType::contains;
  }
  return MatchType::equals;
}

/// Groups --where FIELD=VALUE options by field, so that a field given twice
/// becomes one IN filter. Fields keep the order of their first use.
std::vector<FieldFilter> parse_where(const std::vector<std::string>& conditions) {
  std::vector<FieldFilter> filters;
  for (const std::string& condition : conditions) {
    const std::size_t equals = condition.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw UsageError(fmt::format(
          "--where: invalid condition \"{}\"; write FIELD=VALUE, such as status=Draft", condition));
    }
    const std::string field = condition.substr(0, equals);
    std::string value = condition.substr(equals + 1);
    auto found = std::find_if(filters.begin(), filters.end(),
                              [&](const FieldFilter& filter) { return filter.field == field; });
    if (found == filters.end()) {
      filters.push_back({field, {std::move(value)}});
    } else {
      found->values.push_back(std::move(value));
    }
  }
  return filters;
}

TimeWindow parse_window(const std::string& after_option, const std::string& after,
                        const std::string& before_option, const std::string& before) {
  TimeWindow window;
  if (!after.empty()) {
    window.after = parse_date_option(after_option, after);
  }
  if (!before.empty()) {
    window.before = parse_date_option(before_option, before);
  }
  return window;
}

Query build_query(const QueryOptions& options) {
  Query query;
  const MatchType match = parse_match(options.match);
  if (!options.user.empty()) {
    query.user = TextMatch{options.user, match};
  }
  if (!options.entity_id.empty()) {
    query.entity_id = TextMatch{options.entity_id, match};
  }
  query.created_on = parse_window("--created-after", options.created_after, "--created-before",
                                  options.created_before);
  query.last_modified_on = parse_window("--modified-after", options.modified_after,
                                        "--modified-before", options.modified_before);
  query.where = parse_where(options.where);
  query.all_versions = options.all_versions;
  return query;
}

void run_query(const CliContext& context, EntityKind kind, const QueryOptions& options) {
  Query query = build_query(options);
  const auto database = open_database(context);
  const auto unit = database->begin();
  DocumentRepository& repository = unit->documents(kind);

  std::vector<StoredEntity> entities;
  for (;;) {
    const std::size_t wanted = options.limit == 0 ? page_size : options.limit - entities.size();
    query.limit = std::min(wanted, page_size);
    QueryPage page = repository.query(query);
    std::move(page.entities.begin(), page.entities.end(), std::back_inserter(entities));
    const bool limit_reached = options.limit != 0 && entities.size() >= options.limit;
    if (!page.next_cursor || limit_reached) {
      break;
    }
    query.after = std::move(page.next_cursor);
  }

  if (context.options.json) {
    Json documents = Json::array();
    for (StoredEntity& entity : entities) {
      documents.push_back(std::move(entity.document));
    }
    print_json(documents);
  } else {
    print_entity_table(entities);
  }
}

std::string filterable_fields(const KindDescriptor& descriptor) {
  std::string fields;
  for (const LinkField& link : descriptor.links) {
    fields += (fields.empty() ? "" : ", ") + std::string(link.column);
  }
  if (!descriptor.statuses.empty()) {
    fields += (fields.empty() ? "" : ", ") + std::string("status");
  }
  return fields;
}

}  // namespace

void add_query_command(CLI::App& group, CliContext& context, EntityKind kind) {
  const KindDescriptor& descriptor = describe(kind);
  auto options = std::make_shared<QueryOptions>();
  CLI::App* query = group.add_subcommand(
      "query", fmt::format("list the {} entities that match every filter given, ordered by id",
                           descriptor.entity_name));
  query->add_option("--user", options->user,
                    "match created_by or last_modified_by against this name (see --match)");
  query->add_option("--entity-id", options->entity_id, "match the entity id (see --match)");
  query->add_option("--match", options->match,
                    "how --user and --entity-id compare; the value is literal, without "
                    "wildcards")
      ->check(CLI::IsMember({"equals", "starts_with", "contains"}));

  const std::string date_help =
      " (ISO 8601 such as 2026-01-22T15:43:00Z, \"2026-01-22 15:43\" or 2026-01-22; UTC "
      "unless an offset is given)";
  query->add_option("--created-after", options->created_after,
                    "created at or after this time" + date_help)
      ->check(date_validator());
  query->add_option("--created-before", options->created_before,
                    "created before this time" + date_help)
      ->check(date_validator());
  query->add_option("--modified-after", options->modified_after,
                    "last modified at or after this time" + date_help)
      ->check(date_validator());
  query->add_option("--modified-before", options->modified_before,
                    "last modified before this time" + date_help)
      ->check(date_validator());

  query->add_option("--where", options->where,
                    "FIELD=VALUE on one of: " + filterable_fields(descriptor) +
                        "; repeat a field to match any of its values")
      ->allow_extra_args(false);
  query->add_option("--limit", options->limit, "print at most N entities; 0: all")
      ->check(CLI::NonNegativeNumber);
  query->add_flag("--all-versions", options->all_versions,
                  "list every version, not only the latest of each entity");

  query->callback([&context, kind, options] { run_query(context, kind, *options); });
}

}  // namespace ska::oda::cli
