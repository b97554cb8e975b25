#include "backends/postgres/postgres_status_repository.hpp"

#include <fmt/format.h>
#include <pqxx/result>

#include <ska/oda/error.hpp>

#include "backends/postgres/postgres_unit_of_work.hpp"
#include "backends/postgres/row_reading.hpp"
#include "backends/postgres/sql_parameters.hpp"
#include "backends/postgres/statements.hpp"
#include "core/document_fields.hpp"
#include "core/status_rules.hpp"

namespace ska::oda::postgres::detail {

namespace {

ErrorContext status_context(std::string operation, EntityKind kind, std::string_view id,
                            std::optional<int> version = std::nullopt) {
  return {.operation = std::move(operation),
          .entity_kind = std::string(describe(kind).name),
          .entity_id = std::string(id),
          .version = version};
}

}  // namespace

StatusRecord PostgresStatusRepository::update_status(EntityKind kind, std::string_view id,
                                                     std::string_view status,
                                                     std::string_view user,
                                                     std::optional<int> version) {
  const std::string normalized = oda::detail::checked_status(kind, status);
  SqlParameters parameters;
  parameters.add(std::string(id));
  parameters.add(version ? std::optional{std::to_string(*version)} : std::nullopt);
  parameters.add(normalized);
  parameters.add(oda::detail::resolve_user(user));

  const pqxx::result result =
      unit_.run(status_context("update status", kind, id, version), [&](pqxx::work& transaction) {
        return transaction.exec_prepared(statements_for(kind).update_status.name,
                                         parameters.dynamic());
      });
  if (result.empty()) {
    const std::string subject = fmt::format("{} {}", describe(kind).entity_name, id);
    throw NotFound(version ? fmt::format("version {} of {} not found", *version, subject)
                           : subject + " not found",
                   status_context("update status", kind, id, version));
  }
  return read_status(result[0], kind, std::string(id));
}

std::optional<StatusRecord> PostgresStatusRepository::current_status(EntityKind kind,
                                                                     std::string_view id) {
  const pqxx::result result =
      unit_.run(status_context("read status", kind, id), [&](pqxx::work& transaction) {
        return transaction.exec_prepared(statements_for(kind).current_status.name,
                                         std::string(id));
      });
  if (result.empty()) {
    return std::nullopt;
  }
  return read_status(result[0], kind, std::string(id));
}

std::vector<StatusRecord> PostgresStatusRepository::history(EntityKind kind,
                                                            std::string_view id) {
  const pqxx::result result =
      unit_.run(status_context("read status history", kind, id), [&](pqxx::work& transaction) {
        return transaction.exec_prepared(statements_for(kind).history.name, std::string(id));
      });
  std::vector<StatusRecord> records;
  records.reserve(result.size());
  for (const pqxx::row& row : result) {
    records.push_back(read_status(row, kind, std::string(id)));
  }
  return records;
}

}  // namespace ska::oda::postgres::detail
