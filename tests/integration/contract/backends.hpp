#pragma once

// The two backends that the contract suite runs against. Each gives a
// UnitOfWorkFactory over an empty archive of its own.

#include <memory>
#include <string>

#include <ska/oda/memory/memory_store.hpp>
#include <ska/oda/postgres/connection_pool.hpp>
#include <ska/oda/skuid.hpp>

#include "support/test_database.hpp"

namespace ska::oda::test {

/// Every entity id a test makes starts with a prefix unique to the test
/// process run, so tests sharing one database never see each other's rows.
std::string unique_prefix();

struct PostgresBackend {
  static constexpr const char* name = "postgres";

  PostgresBackend() {
    postgres::ConnectionSettings settings;
    settings.connection_string = migrated_test_database().connection_string();
    settings.max_connections = 12;
    pool = std::make_unique<postgres::ConnectionPool>(settings);
  }

  UnitOfWorkFactory& factory() { return *pool; }

  std::unique_ptr<postgres::ConnectionPool> pool;
};

struct MemoryBackend {
  static constexpr const char* name = "memory";

  MemoryBackend() {
    memory::MemoryStoreSettings settings;
    settings.write_lock_timeout = std::chrono::seconds(30);
    store = std::make_unique<memory::MemoryStore>(settings);
  }

  UnitOfWorkFactory& factory() { return *store; }

  std::unique_ptr<memory::MemoryStore> store;
};

}  // namespace ska::oda::test
