// Contract of units of work: commit, rollback and isolation, run against
// both backends.
#include <atomic>
#include <stdexcept>
#include <thread>

#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

TEMPLATE_TEST_CASE("unit of work, rollback by default", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    CHECK(unit->documents(EntityKind::sbd).contains(id));
  }
  auto reader = backend.factory().begin();
  CHECK_FALSE(reader->documents(EntityKind::sbd).contains(id));
}

TEMPLATE_TEST_CASE("unit of work, explicit rollback", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(id));
  unit->rollback();

  auto reader = backend.factory().begin();
  CHECK_FALSE(reader->documents(EntityKind::sbd).contains(id));
}

TEMPLATE_TEST_CASE("unit of work, exception rolls back", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  try {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    throw std::runtime_error("application failure");
  } catch (const std::runtime_error&) {
  }
  auto reader = backend.factory().begin();
  CHECK_FALSE(reader->documents(EntityKind::sbd).contains(id));
}

TEMPLATE_TEST_CASE("unit of work, commit is durable", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    unit->status().update_status(EntityKind::sbd, id, "Submitted", "alice");
    unit->commit();
  }
  auto reader = backend.factory().begin();
  CHECK(reader->documents(EntityKind::sbd).get(id).version.version == 1);
  CHECK(reader->status().current_status(EntityKind::sbd, id)->status == "Submitted");
}

TEMPLATE_TEST_CASE("unit of work, use after finish throws", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(id));

  SECTION("after commit") {
    unit->commit();
    CHECK_THROWS_AS(unit->documents(EntityKind::sbd).get(id), UsageError);
    CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add(sbd_document(id)), UsageError);
    CHECK_THROWS_AS(unit->status().history(EntityKind::sbd, id), UsageError);
    CHECK_THROWS_AS(unit->commit(), UsageError);
    CHECK_THROWS_AS(unit->rollback(), UsageError);
    try {
      unit->documents(EntityKind::sbd).get(id);
    } catch (const UsageError& error) {
      CHECK_THAT(error.what(), Catch::Contains("already committed"));
    }
  }
  SECTION("after rollback") {
    unit->rollback();
    CHECK_THROWS_AS(unit->documents(EntityKind::sbd).contains(id), UsageError);
    CHECK_THROWS_AS(unit->commit(), UsageError);
  }
}

TEMPLATE_TEST_CASE("unit of work, uncommitted writes are private", "[contract]",
                   PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto writer = backend.factory().begin();
  writer->documents(EntityKind::sbd).add(sbd_document(id));

  auto reader = backend.factory().begin();
  CHECK_FALSE(reader->documents(EntityKind::sbd).contains(id));
  CHECK(writer->documents(EntityKind::sbd).contains(id));

  writer->commit();
  auto later_reader = backend.factory().begin();
  CHECK(later_reader->documents(EntityKind::sbd).contains(id));
}

TEMPLATE_TEST_CASE("unit of work, named lock makes units take turns", "[contract]",
                   PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string name = "test-" + unique_prefix();
  auto first = backend.factory().begin();
  first->lock(name);

  std::atomic<bool> second_locked{false};
  std::thread second_thread([&] {
    auto second = backend.factory().begin();
    second->lock(name);
    second_locked = true;
    second->commit();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK_FALSE(second_locked);
  first->commit();
  second_thread.join();
  CHECK(second_locked);
}
