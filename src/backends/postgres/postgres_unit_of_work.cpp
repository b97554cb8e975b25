#include "backends/postgres/postgres_unit_of_work.hpp"

#include <spdlog/logger.h>

#include <ska/oda/error.hpp>

#include "backends/postgres/error_translation.hpp"
#include "backends/postgres/postgres_document_repository.hpp"
#include "backends/postgres/postgres_status_repository.hpp"

namespace ska::oda::postgres::detail {

PostgresUnitOfWork::PostgresUnitOfWork(std::unique_ptr<ConnectionLease> lease)
    : lease_(std::move(lease)) {
  try {
    transaction_ = std::make_unique<pqxx::work>(lease_->connection());
  } catch (const pqxx::broken_connection&) {
    lease_->mark_suspect();
    rethrow_translated({.operation = "begin"});
  } catch (...) {
    rethrow_translated({.operation = "begin"});
  }
}

PostgresUnitOfWork::~PostgresUnitOfWork() {
  if (state_ != State::open) {
    return;
  }
  try {
    transaction_->abort();
  } catch (const std::exception& error) {
    // A destructor must not throw. The server rolls the transaction back
    // when the connection closes, which a suspect connection does.
    lease_->mark_suspect();
    if (const auto& logger = pool().settings().logger) {
      logger->warn("rollback of an abandoned unit of work failed: {}", error.what());
    }
  }
}

pqxx::work& PostgresUnitOfWork::open_transaction(const std::string& operation) {
  if (state_ != State::open) {
    throw UsageError(fmt::format("cannot {} through a unit of work that was already {}; start a "
                                 "new unit of work",
                                 operation,
                                 state_ == State::committed ? "committed" : "rolled back"),
                     {.operation = operation});
  }
  return *transaction_;
}

void PostgresUnitOfWork::rethrow_translated_with(const ErrorContext& context) {
  rethrow_translated(context);
}

DocumentRepository& PostgresUnitOfWork::documents(EntityKind kind) {
  auto& repository = repositories_[static_cast<std::size_t>(kind)];
  if (!repository) {
    repository = std::make_unique<PostgresDocumentRepository>(*this, kind);
  }
  return *repository;
}

StatusRepository& PostgresUnitOfWork::status() {
  if (!status_) {
    status_ = std::make_unique<PostgresStatusRepository>(*this);
  }
  return *status_;
}

void PostgresUnitOfWork::commit() {
  pqxx::work& transaction = open_transaction("commit");
  try {
    transaction.commit();
    state_ = State::committed;
  } catch (...) {
    // Whatever happened, this transaction is over: a failed COMMIT rolls
    // back, and an unknown outcome cannot be retried on this unit.
    state_ = State::rolled_back;
    lease_->mark_suspect();
    rethrow_translated({.operation = "commit"});
  }
}

void PostgresUnitOfWork::rollback() {
  pqxx::work& transaction = open_transaction("roll back");
  state_ = State::rolled_back;
  try {
    transaction.abort();
  } catch (...) {
    lease_->mark_suspect();
    rethrow_translated({.operation = "roll back"});
  }
}

}  // namespace ska::oda::postgres::detail

namespace ska::oda::postgres::detail {

void PostgresUnitOfWork::lock(std::string_view name) {
  const std::string key = "ska-db-oda:" + std::string(name);
  run({.operation = "lock " + std::string(name)}, [&](pqxx::work& transaction) {
    return transaction.exec_params("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", key);
  });
}

}  // namespace ska::oda::postgres::detail
