#include "backends/postgres/postgres_document_repository.hpp"

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

StoredEntity PostgresDocumentRepository::add(Json document, std::string_view user,
                                             std::optional<int> expected_version) {
  const std::string id = oda::detail::prepare_document(document, descriptor_,
                                                       unit_.pool().id_generator());
  std::string text = oda::detail::storable_text(document, descriptor_);
  const std::string user_name = oda::detail::resolve_user(user);

  std::optional<std::string> initial_status;
  if (!descriptor_.statuses.empty()) {
    initial_status = oda::detail::document_status(document, descriptor_)
                         .value_or(std::string(descriptor_.initial_status));
  }

  SqlParameters parameters;
  parameters.add(id);
  parameters.add(std::move(text));
  parameters.add(user_name);
  parameters.add(expected_version ? std::optional{std::to_string(*expected_version)}
                                  : std::nullopt);
  parameters.add(initial_status);
  parameters.add_all(oda::detail::link_values(document, descriptor_));

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
  // TODO: write each batch as one multi-row INSERT; add() costs one round
  // trip per document.
  std::vector<StoredEntity> stored;
  stored.reserve(documents.size());
  for (Json& document : documents) {
    stored.push_back(add(std::move(document), user, std::nullopt));
  }
  return stored;
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
  oda::detail::validate_query(descriptor_, query);
  QuerySql built = build_query_sql(descriptor_, query);
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
