#pragma once

#include <array>
#include <memory>
#include <utility>

#include <pqxx/transaction>

#include <ska/oda/error.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "backends/postgres/pool_state.hpp"

namespace ska::oda::postgres::detail {

class PostgresDocumentRepository;
class PostgresStatusRepository;

/// A unit of work over one pooled connection and one READ COMMITTED
/// transaction, begun when the unit is created.
class PostgresUnitOfWork final : public UnitOfWork {
public:
  explicit PostgresUnitOfWork(std::unique_ptr<ConnectionLease> lease);
  ~PostgresUnitOfWork() override;

  DocumentRepository& documents(EntityKind kind) override;
  StatusRepository& status() override;
  void commit() override;
  void rollback() override;
  void lock(std::string_view name) override;

  /// Runs a statement function on the open transaction, translating any
  /// failure into a ska::oda error with the given context. A lost
  /// connection is not returned to the pool.
  template <class Function>
  auto run(const ErrorContext& context, Function&& function) {
    pqxx::work& transaction = open_transaction(context.operation);
    try {
      return std::forward<Function>(function)(transaction);
    } catch (const pqxx::broken_connection&) {
      lease_->mark_suspect();
      rethrow_translated_with(context);
    } catch (...) {
      rethrow_translated_with(context);
    }
  }

  PoolState& pool() { return lease_->pool(); }

private:
  enum class State { open, committed, rolled_back };

  pqxx::work& open_transaction(const std::string& operation);
  [[noreturn]] static void rethrow_translated_with(const ErrorContext& context);

  std::unique_ptr<ConnectionLease> lease_;
  std::unique_ptr<pqxx::work> transaction_;
  State state_ = State::open;
  std::array<std::unique_ptr<PostgresDocumentRepository>, kind_descriptors.size()> repositories_;
  std::unique_ptr<PostgresStatusRepository> status_;
};

}  // namespace ska::oda::postgres::detail
