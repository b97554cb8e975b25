#include "backends/postgres/statements.hpp"

#include <fmt/format.h>

namespace ska::oda::postgres::detail {

namespace {

std::string link_columns(const KindDescriptor& kind) {
  std::string columns;
  for (const LinkField& link : kind.links) {
    columns += ", " + std::string(link.column);
  }
  return columns;
}

// Placeholders for the link columns, numbered from `first`.
std::string link_placeholders(const KindDescriptor& kind, int first) {
  std::string placeholders;
  int number = first;
  for (const LinkField& link : kind.links) {
    placeholders += fmt::format(", ${}::{}", number++,
                                link.type == LinkType::integer ? "integer" : "text");
  }
  return placeholders;
}

std::string version_columns(const std::string& prefix) {
  return fmt::format("{0}version, {0}created_by, {1}, {0}last_modified_by, {2}", prefix,
                     timestamp_text(prefix + "created_on"),
                     timestamp_text(prefix + "last_modified_on"));
}

// The document `info` with the archive's metadata written into its
// `metadata` object, from the columns of the new_version row `n`.
std::string stamped_info(const std::string& info, const std::string& user) {
  return fmt::format(
      R"(jsonb_set({info}, '{{metadata}}',
           CASE WHEN jsonb_typeof({info} -> 'metadata') = 'object'
                THEN {info} -> 'metadata' ELSE '{{}}'::jsonb END
           || jsonb_build_object(
                'version', n.version,
                'created_by', n.created_by,
                'created_on', {created_on_text},
                'last_modified_by', {user},
                'last_modified_on', {now_text})))",
      fmt::arg("info", info), fmt::arg("user", user),
      fmt::arg("created_on_text", timestamp_text("n.created_on")),
      fmt::arg("now_text", timestamp_text("now()")));
}

// $1 id, $2 document (jsonb text), $3 user, $4 expected version or null,
// $5 initial status or null, $6… link values.
//
// One round trip: the new version is the latest + 1, the metadata is written
// into the stored document, and a new entity's initial status is recorded.
// ON CONFLICT DO NOTHING turns a concurrent writer that took the same version
// first into an empty result instead of an aborted transaction; the caller
// then runs the statement again, with a fresh snapshot. latest_version tells
// that case from a stale expected version.
Statement build_add(const KindDescriptor& kind) {
  const std::string table(kind.table);
  const std::string id(kind.id_field);
  const std::string sql = fmt::format(
      R"(WITH latest AS (
  SELECT version, created_by, created_on FROM {table}
  WHERE {id} = $1 ORDER BY version DESC LIMIT 1
), new_version AS (
  SELECT coalesce(l.version, 0) + 1 AS version,
         coalesce(l.created_by, $3) AS created_by,
         coalesce(l.created_on, now()) AS created_on
  FROM (SELECT 1) AS one LEFT JOIN latest AS l ON true
  WHERE $4::integer IS NULL OR coalesce(l.version, 0) = $4::integer
), inserted AS (
  INSERT INTO {table} ({id}, version, info, created_by, created_on,
                       last_modified_by, last_modified_on{links})
  SELECT $1, n.version,
         {stamped_info},
         n.created_by, n.created_on, $3, now(){link_values}
  FROM new_version AS n
  ON CONFLICT ({id}, version) DO NOTHING
  RETURNING {returned}
), initial_status AS (
  INSERT INTO tab_oda_status_history
    (entity_kind, entity_id, entity_version, status, previous_status, updated_by, as_of)
  SELECT '{kind}', $1, i.version, $5::text, NULL, $3, now()
  FROM inserted AS i
  WHERE i.version = 1 AND $5::text IS NOT NULL
)
SELECT i.*, (SELECT version FROM latest) AS latest_version
FROM (SELECT 1) AS one LEFT JOIN inserted AS i ON true)",
      fmt::arg("table", table), fmt::arg("id", id), fmt::arg("links", link_columns(kind)),
      fmt::arg("link_values", link_placeholders(kind, 6)),
      fmt::arg("stamped_info", stamped_info("$2::jsonb", "$3::text")),
      fmt::arg("returned", version_columns("")), fmt::arg("kind", kind.name));
  return {fmt::format("oda_add_{}", kind.name), sql};
}

std::string current_status_join(const KindDescriptor& kind, const std::string& alias) {
  return fmt::format(
      "LEFT JOIN LATERAL (SELECT s.status FROM tab_oda_status_history AS s "
      "WHERE s.entity_kind = '{}' AND s.entity_id = {}.{} "
      "ORDER BY s.as_of DESC, s.id DESC LIMIT 1) AS st ON true",
      kind.name, alias, kind.id_field);
}

const std::string status_columns =
    "entity_version, status, previous_status, updated_by, " + timestamp_text("as_of");

KindStatements build(const KindDescriptor& kind) {
  const std::string table(kind.table);
  const std::string id(kind.id_field);
  const std::string name(kind.name);
  const std::string entity_columns =
      fmt::format("t.info::text, {}, st.status, t.{}", version_columns("t."), id);
  KindStatements built;

  built.add = build_add(kind);

  // $1 id.
  built.get_latest = {"oda_get_latest_" + name,
                      fmt::format("SELECT {} FROM {} AS t {} WHERE t.{} = $1 "
                                  "ORDER BY t.version DESC LIMIT 1",
                                  entity_columns, table, current_status_join(kind, "t"), id)};
  // $1 id, $2 version.
  built.get_version = {"oda_get_version_" + name,
                       fmt::format("SELECT {} FROM {} AS t {} WHERE t.{} = $1 AND t.version = $2",
                                   entity_columns, table, current_status_join(kind, "t"), id)};
  // $1 id.
  built.contains = {"oda_contains_" + name,
                    fmt::format("SELECT EXISTS (SELECT 1 FROM {} WHERE {} = $1)", table, id)};
  // $1 id.
  built.versions = {"oda_versions_" + name,
                    fmt::format("SELECT {} FROM {} WHERE {} = $1 ORDER BY version",
                                version_columns(""), table, id)};
  // $1 id. Both deletes run whatever the first one finds.
  built.remove = {"oda_remove_" + name,
                  fmt::format("WITH removed AS (DELETE FROM {} WHERE {} = $1 RETURNING 1), "
                              "removed_status AS (DELETE FROM tab_oda_status_history "
                              "WHERE entity_kind = '{}' AND entity_id = $1) "
                              "SELECT count(*) FROM removed",
                              table, id, name)};
  // $1 id, $2 version or null, $3 status, $4 user. Returns no row when the
  // entity or version does not exist.
  built.update_status = {
      "oda_update_status_" + name,
      fmt::format(
          R"(WITH target AS (
  SELECT version FROM {table}
  WHERE {id} = $1 AND ($2::integer IS NULL OR version = $2::integer)
  ORDER BY version DESC LIMIT 1
), previous AS (
  SELECT status FROM tab_oda_status_history
  WHERE entity_kind = '{kind}' AND entity_id = $1
  ORDER BY as_of DESC, id DESC LIMIT 1
)
INSERT INTO tab_oda_status_history
  (entity_kind, entity_id, entity_version, status, previous_status, updated_by, as_of)
SELECT '{kind}', $1, t.version, $3, (SELECT status FROM previous), $4, now()
FROM target AS t
RETURNING {columns})",
          fmt::arg("table", table), fmt::arg("id", id), fmt::arg("kind", name),
          fmt::arg("columns", status_columns))};
  // $1 id.
  built.current_status = {
      "oda_current_status_" + name,
      fmt::format("SELECT {} FROM tab_oda_status_history WHERE entity_kind = '{}' "
                  "AND entity_id = $1 ORDER BY as_of DESC, id DESC LIMIT 1",
                  status_columns, name)};
  // $1 id.
  built.history = {"oda_status_history_" + name,
                   fmt::format("SELECT {} FROM tab_oda_status_history WHERE entity_kind = '{}' "
                               "AND entity_id = $1 ORDER BY as_of, id",
                               status_columns, name)};
  return built;
}

std::array<KindStatements, kind_descriptors.size()> build_all() {
  std::array<KindStatements, kind_descriptors.size()> statements;
  for (const KindDescriptor& kind : kind_descriptors) {
    statements[static_cast<std::size_t>(kind.kind)] = build(kind);
  }
  return statements;
}

}  // namespace

std::string timestamp_text(const std::string& column) {
  return fmt::format(R"(to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))",
                     column);
}

std::string add_batch_sql(const KindDescriptor& kind, std::size_t rows) {
  const std::size_t columns = add_batch_row_parameters(kind);
  std::string values;
  for (std::size_t row = 0; row < rows; ++row) {
    const std::size_t first = 2 + row * columns;
    values += fmt::format("{}(${}::integer, ${}::text, ${}::jsonb, ${}::text{})",
                          row == 0 ? "" : ",\n  ", first, first + 1, first + 2, first + 3,
                          link_placeholders(kind, static_cast<int>(first + 4)));
  }
  std::string link_names;
  std::string link_values;
  for (const LinkField& link : kind.links) {
    link_names += ", " + std::string(link.column);
    link_values += ", n." + std::string(link.column);
  }
  return fmt::format(
      R"(WITH input (position, id, info, initial_status{link_names}) AS (VALUES
  {values}
), latest AS (
  SELECT DISTINCT ON (t.{id}) t.{id} AS id, t.version, t.created_by, t.created_on
  FROM {table} AS t JOIN input AS i ON t.{id} = i.id
  ORDER BY t.{id}, t.version DESC
), new_version AS (
  SELECT i.*, coalesce(l.version, 0) + 1 AS version,
         coalesce(l.created_by, $1) AS created_by,
         coalesce(l.created_on, now()) AS created_on
  FROM input AS i LEFT JOIN latest AS l ON l.id = i.id
), inserted AS (
  INSERT INTO {table} ({id}, version, info, created_by, created_on,
                       last_modified_by, last_modified_on{link_names})
  SELECT n.id, n.version, {stamped_info}, n.created_by, n.created_on, $1, now(){link_values}
  FROM new_version AS n
  ON CONFLICT ({id}, version) DO NOTHING
  RETURNING {id} AS id, {returned}
), initial_status AS (
  INSERT INTO tab_oda_status_history
    (entity_kind, entity_id, entity_version, status, previous_status, updated_by, as_of)
  SELECT '{kind}', i.id, i.version, n.initial_status, NULL, $1, now()
  FROM inserted AS i JOIN new_version AS n ON n.id = i.id
  WHERE i.version = 1 AND n.initial_status IS NOT NULL
)
SELECT n.position, i.version, i.created_by, i.created_on, i.last_modified_by,
       i.last_modified_on
FROM inserted AS i JOIN new_version AS n ON n.id = i.id)",
      fmt::arg("link_names", link_names), fmt::arg("values", values),
      fmt::arg("table", kind.table), fmt::arg("id", kind.id_field),
      fmt::arg("stamped_info", stamped_info("n.info", "$1::text")),
      fmt::arg("link_values", link_values),
      fmt::arg("returned", "version, created_by, " + timestamp_text("created_on") +
                               " AS created_on, last_modified_by, " +
                               timestamp_text("last_modified_on") + " AS last_modified_on"),
      fmt::arg("kind", kind.name));
}

std::size_t add_batch_row_parameters(const KindDescriptor& kind) { return 4 + kind.links.size(); }

const std::array<KindStatements, kind_descriptors.size()>& all_statements() {
  static const auto statements = build_all();
  return statements;
}

const KindStatements& statements_for(EntityKind kind) {
  return all_statements()[static_cast<std::size_t>(kind)];
}

}  // namespace ska::oda::postgres::detail
