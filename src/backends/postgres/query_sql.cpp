#include "backends/postgres/query_sql.hpp"

#include <fmt/format.h>

#include "backends/postgres/statements.hpp"
#include "core/query_support.hpp"

namespace ska::oda::postgres::detail {

namespace {

using oda::detail::escape_like;

class SqlBuilder {
public:
  /// Adds a parameter and returns its placeholder, such as `$3`.
  std::string parameter(std::optional<std::string> value) {
    sql_.parameters.push_back(std::move(value));
    return fmt::format("${}", sql_.parameters.size());
  }

  void condition(const std::string& condition) { conditions_.push_back(condition); }

  std::string where_clause() const {
    std::string clause;
    for (const std::string& condition : conditions_) {
      clause += (clause.empty() ? "WHERE " : " AND ") + condition;
    }
    return clause;
  }

  QuerySql& result() { return sql_; }

private:
  QuerySql sql_;
  std::vector<std::string> conditions_;
};

std::string text_condition(SqlBuilder& builder, const std::string& column,
                           const TextMatch& match) {
  switch (match.match) {
    case MatchType::equals:
      return fmt::format("{} = {}", column, builder.parameter(match.value));
    case MatchType::starts_with:
      return fmt::format("{} LIKE {}", column, builder.parameter(escape_like(match.value) + "%"));
    case MatchType::contains:
      return fmt::format("{} LIKE {}", column,
                         builder.parameter(fmt::format("%{}%", escape_like(match.value))));
  }
  return "false";
}

void add_window(SqlBuilder& builder, const std::string& column, const TimeWindow& window) {
  if (window.after) {
    builder.condition(fmt::format("{} >= {}::timestamptz", column,
                                  builder.parameter(format_timestamp(*window.after))));
  }
  if (window.before) {
    builder.condition(fmt::format("{} < {}::timestamptz", column,
                                  builder.parameter(format_timestamp(*window.before))));
  }
}

std::string order_column(QueryOrder order) {
  switch (order) {
    case QueryOrder::created_on:
      return "t.created_on";
    case QueryOrder::last_modified_on:
      return "t.last_modified_on";
    case QueryOrder::entity_id:
      break;
  }
  return "";
}

}  // namespace

QuerySql build_query_sql(const KindDescriptor& kind, const Query& query) {
  const std::string id = "t." + std::string(kind.id_field);
  SqlBuilder builder;

  if (!query.all_versions) {
    builder.condition(fmt::format(
        "NOT EXISTS (SELECT 1 FROM {} AS newer WHERE newer.{} = {} AND newer.version > t.version)",
        kind.table, kind.id_field, id));
  }
  if (query.user) {
    switch (query.user_field) {
      case UserField::created_by:
        builder.condition(text_condition(builder, "t.created_by", *query.user));
        break;
      case UserField::last_modified_by:
        builder.condition(text_condition(builder, "t.last_modified_by", *query.user));
        break;
      case UserField::either: {
        const std::string created = text_condition(builder, "t.created_by", *query.user);
        const std::string modified = text_condition(builder, "t.last_modified_by", *query.user);
        builder.condition(fmt::format("({} OR {})", created, modified));
        break;
      }
    }
  }
  if (query.entity_id) {
    builder.condition(text_condition(builder, id, *query.entity_id));
  }
  add_window(builder, "t.created_on", query.created_on);
  add_window(builder, "t.last_modified_on", query.last_modified_on);

  for (const FieldFilter& filter : query.where) {
    const LinkField* link = oda::detail::find_link(kind, filter.field);
    const std::string column = link != nullptr ? "t." + std::string(link->column) : "st.status";
    const std::string cast = link != nullptr && link->type == LinkType::integer ? "::integer" : "";
    std::string placeholders;
    for (const std::string& value : filter.values) {
      placeholders += (placeholders.empty() ? "" : ", ") + builder.parameter(value) + cast;
    }
    builder.condition(fmt::format("{} IN ({})", column, placeholders));
  }

  // Keyset pagination: continue strictly after the previous page's last row
  // in the chosen order.
  // Ids sort in byte order (COLLATE "C") on every server, whatever its
  // default collation, so pages and the in-memory backend agree.
  const std::string sort_id = id + " COLLATE \"C\"";
  const std::string order = order_column(query.order);
  const std::string direction = query.descending ? "DESC" : "ASC";
  const std::string comparison = query.descending ? "<" : ">";
  if (query.after) {
    const auto cursor = oda::detail::decode_cursor(*query.after);
    const std::string id_parameter = builder.parameter(cursor.entity_id);
    const std::string version_parameter = builder.parameter(std::to_string(cursor.version));
    if (order.empty()) {
      builder.condition(fmt::format("({}, t.version) {} ({}, {}::integer)", sort_id, comparison,
                                    id_parameter, version_parameter));
    } else {
      builder.condition(fmt::format("({}, {}, t.version) {} ({}::timestamptz, {}, {}::integer)",
                                    order, sort_id, comparison,
                                    builder.parameter(cursor.order_value),
                                    id_parameter, version_parameter));
    }
  }

  std::string order_by = order.empty() ? "" : order + " " + direction + ", ";
  order_by += fmt::format("{} {}, t.version {}", sort_id, direction, direction);

  std::string limit;
  if (query.limit > 0) {
    limit = "LIMIT " + builder.parameter(std::to_string(query.limit + 1)) + "::bigint";
  }

  QuerySql& result = builder.result();
  result.sql = fmt::format(
      "SELECT t.info::text, t.version, t.created_by, {}, t.last_modified_by, {}, st.status, {} "
      "FROM {} AS t "
      "LEFT JOIN LATERAL (SELECT s.status FROM tab_oda_status_history AS s "
      "WHERE s.entity_kind = '{}' AND s.entity_id = {} ORDER BY s.as_of DESC, s.id DESC "
      "LIMIT 1) AS st ON true "
      "{} ORDER BY {} {}",
      timestamp_text("t.created_on"), timestamp_text("t.last_modified_on"), id, kind.table,
      kind.name, id, builder.where_clause(), order_by, limit);
  return result;
}

}  // namespace ska::oda::postgres::detail
