#include "backends/postgres/postgres_document_repository.hpp"

#include <unordered_set>

#include <fmt/format.h>
#include <pqxx/result>
#include <spdlog/logger.h>

#include <ska/oda/error.hpp>

#include "backends/postgres/postgres_unit_of_work.hpp"
#include "backends/postgres/query_sql.hpp"
#include "backends/postgres/row_reading.hpp"
#include "backends/postgres/sql_parameters.hpp"
#include "backends/postgres/statements.hpp"
#include "core/document_fields.hpp"
#include "core/query_support.hpp"

namespace ska::oda::postgres::detail {

namespace {

// Each retry follows a concurrent writer that committed the same version
// first, so the bound is only reached under pathological contention.
constexpr int max_add_attempts = 1000;

// Rows of one multi-row insert: about 5 MB of SQL for 10 KB documents, and
// far below PostgreSQL's limit of 65535 parameters.
constexpr std::size_t max_batch_rows = 500;

}  // namespace

PostgresDocumentRepository::PostgresDocumentRepository(PostgresUnitOfWork& unit, EntityKind kind)
    : unit_(unit), kind_(kind), descriptor_(describe(kind)) {}

ErrorContext PostgresDocumentRepository::context(std::string operation, std::string_view id,
                                                 std::optional<int> version) const {
  return {.operation = std::move(operation),
          .entity_kind = std::string(descriptor_.name),
          .entity_id = std::string(id),
          .version = version};
}

void PostgresDocumentRepository::throw_not_found(std::string_view id,
                                                 std::optional<int> version) const {
  const std::string subject = fmt::format("{} {}", descriptor_.entity_name, id);
  throw NotFound(version ? fmt::format("version {} of {} not found", *version, subject)
                         : subject + " not found",
                 context("get", id, version));
}

PostgresDocumentRepository::PreparedDocument PostgresDocumentRepository::prepare_for_add(
    Json& document) const {
  PreparedDocument prepared;
  prepared.id =
      oda::detail::prepare_document(document, descriptor_, unit_.pool().id_generator());
  prepared.text = oda::detail::storable_text(document, descriptor_);
  if (!descriptor_.statuses.empty()) {
    prepared.initial_status = oda::detail::document_status(document, descriptor_)
                                  .value_or(std::string(descriptor_.initial_status));
  }
  prepared.links = oda::detail::link_values(document, descriptor_);
  return prepared;
}

StoredEntity PostgresDocumentRepository::add(Json document, std::string_view user,
                                             std::optional<int> expected_version) {
  oda::detail::check_expected_version(expected_version);
  PreparedDocument prepared = prepare_for_add(document);
  const std::string& id = prepared.id;
  const std::optional<std::string>& initial_status = prepared.initial_status;

  SqlParameters parameters;
  parameters.add(id);
  parameters.add(std::move(prepared.text));
  parameters.add(oda::detail::resolve_user(user));
  parameters.add(expected_version ? std::optional{std::to_string(*expected_version)}
                                  : std::nullopt);
  parameters.add(initial_status);
  parameters.add_all(prepared.links);

  const Statement& statement = statements_for(kind_).add;
  for (int attempt = 1; attempt <= max_add_attempts; ++attempt) {
    const pqxx::row row = unit_.run(context("add", id), [&](pqxx::work& transaction) {
      return transaction.exec_prepared1(statement.name, parameters.dynamic());
    });

    if (!row[0].is_null()) {
      StoredEntity stored;
      stored.version = read_version(row, 0, id);
      oda::detail::stamp_metadata(document, stored.version);
      stored.document = std::move(document);
      if (stored.version.version == 1) {
        stored.status = initial_status;
      }
      return stored;
    }

    const int latest = row[5].is_null() ? 0 : row[5].as<int>();
    if (expected_version && latest != *expected_version) {
      throw StaleEntity(fmt::format("{} {} is at version {}, not the expected version {}; read "
                                    "it again and reapply the change",
                                    descriptor_.entity_name, id, latest, *expected_version),
                        *expected_version, latest, context("add", id));
    }
    if (const auto& logger = unit_.pool().settings().logger) {
      logger->debug("add of {} {}: version {} was taken by a concurrent writer; retrying",
                    descriptor_.name, id, latest + 1);
    }
  }
  throw QueryError(fmt::format("add of {} {} found no free version after {} attempts",
                               descriptor_.name, id, max_add_attempts),
                   context("add", id));
}

std::vector<StoredEntity> PostgresDocumentRepository::add_many(std::vector<Json> documents,
                                                               std::string_view user) {
  const std::string user_name = oda::detail::resolve_user(user);

  // Every document is checked before anything is written, so one that the
  // archive cannot store fails the call with nothing sent.
  std::vector<PreparedDocument> prepared;
  prepared.reserve(documents.size());
  for (Json& document : documents) {
    prepared.push_back(prepare_for_add(document));
  }

  std::vector<std::optional<StoredEntity>> stored(documents.size());
  std::vector<std::size_t> remaining(documents.size());
  for (std::size_t position = 0; position < remaining.size(); ++position) {
    remaining[position] = position;
  }

  while (!remaining.empty()) {
    // A batch contains each id once, so that every row's version follows from
    // the stored ones; a repeated id waits for a later batch, which keeps
    // the versions of one id in input order.
    std::vector<std::size_t> batch;
    std::vector<std::size_t> later;
    std::unordered_set<std::string_view> batch_ids;
    for (std::size_t position : remaining) {
      if (batch.size() < max_batch_rows && batch_ids.insert(prepared[position].id).second) {
        batch.push_back(position);
      } else {
        later.push_back(position);
      }
    }
    insert_batch(batch, prepared, documents, user_name, stored);
    remaining = std::move(later);
  }

  std::vector<StoredEntity> result;
  result.reserve(stored.size());
  for (auto& entity : stored) {
    result.push_back(std::move(*entity));
  }
  return result;
}

void PostgresDocumentRepository::insert_batch(const std::vector<std::size_t>& batch,
                                              std::vector<PreparedDocument>& prepared,
                                              std::vector<Json>& documents,
                                              const std::string& user_name,
                                              std::vector<std::optional<StoredEntity>>& stored) {
  SqlParameters parameters;
  parameters.add(user_name);
  for (std::size_t position : batch) {
    PreparedDocument& document = prepared[position];
    parameters.add(std::to_string(position));
    parameters.add(document.id);
    parameters.add(std::move(document.text));
    parameters.add(document.initial_status);
    parameters.add_all(document.links);
  }

  const std::string sql = add_batch_sql(descriptor_, batch.size());
  const pqxx::result result = unit_.run(context("add"), [&](pqxx::work& transaction) {
    return transaction.exec_params(sql, parameters.dynamic());
  });

  for (const pqxx::row& row : result) {
    const auto position = row[0].as<std::size_t>();
    StoredEntity entity;
    entity.version = read_version(row, 1, prepared[position].id);
    oda::detail::stamp_metadata(documents[position], entity.version);
    entity.document = std::move(documents[position]);
    if (entity.version.version == 1) {
      entity.status = prepared[position].initial_status;
    }
    stored[position] = std::move(entity);
  }

  // A row missing from the result lost its version to a concurrent writer;
  // add() takes the next free one.
  for (std::size_t position : batch) {
    if (!stored[position]) {
      stored[position] = add(std::move(documents[position]), user_name, std::nullopt);
    }
  }
}

StoredEntity PostgresDocumentRepository::get(std::string_view id, std::optional<int> version) {
  const KindStatements& statements = statements_for(kind_);
  const pqxx::result result = unit_.run(context("get", id, version), [&](pqxx::work& transaction) {
    const std::string id_text(id);
    return version ? transaction.exec_prepared(statements.get_version.name, id_text, *version)
                   : transaction.exec_prepared(statements.get_latest.name, id_text);
  });
  if (result.empty()) {
    throw_not_found(id, version);
  }
  return read_entity(result[0]);
}

bool PostgresDocumentRepository::contains(std::string_view id) {
  return unit_.run(context("contains", id), [&](pqxx::work& transaction) {
    return transaction.exec_prepared1(statements_for(kind_).contains.name, std::string(id))[0]
        .as<bool>();
  });
}

std::vector<EntityVersion> PostgresDocumentRepository::versions(std::string_view id) {
  const pqxx::result result = unit_.run(context("versions", id), [&](pqxx::work& transaction) {
    return transaction.exec_prepared(statements_for(kind_).versions.name, std::string(id));
  });
  if (result.empty()) {
    throw_not_found(id, std::nullopt);
  }
  std::vector<EntityVersion> versions;
  versions.reserve(result.size());
  for (const pqxx::row& row : result) {
    versions.push_back(read_version(row, 0, std::string(id)));
  }
  return versions;
}

QueryPage PostgresDocumentRepository::query(const Query& query) {
  const Query checked = oda::detail::checked_query(descriptor_, query);
  QuerySql built = build_query_sql(descriptor_, checked);
  SqlParameters parameters;
  parameters.add_all(built.parameters);

  const pqxx::result result = unit_.run(context("query"), [&](pqxx::work& transaction) {
    return transaction.exec_params(built.sql, parameters.dynamic());
  });

  QueryPage page;
  for (const pqxx::row& row : result) {
    if (query.limit > 0 && page.entities.size() == query.limit) {
      page.next_cursor =
          oda::detail::encode_cursor(oda::detail::cursor_after(page.entities.back(), query.order));
      break;
    }
    page.entities.push_back(read_entity(row));
  }
  return page;
}

void PostgresDocumentRepository::remove(std::string_view id) {
  const int removed = unit_.run(context("remove", id), [&](pqxx::work& transaction) {
    return transaction.exec_prepared1(statements_for(kind_).remove.name, std::string(id))[0]
        .as<int>();
  });
  if (removed == 0) {
    throw NotFound(fmt::format("{} {} not found", descriptor_.entity_name, id),
                   context("remove", id));
  }
}

}  // namespace ska::oda::postgres::detail
