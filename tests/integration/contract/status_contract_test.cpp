// Contract of the status history, run against both backends.
#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

TEMPLATE_TEST_CASE("status, add records initial status", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(id), "alice");

  const auto history = unit->status().history(EntityKind::sbd, id);
  REQUIRE(history.size() == 1);
  CHECK(history[0].status == "Draft");
  CHECK_FALSE(history[0].previous_status.has_value());
  CHECK(history[0].entity_version == 1);
  CHECK(history[0].updated_by == "alice");

  unit->documents(EntityKind::sbd).add(sbd_document(id), "bob");
  CHECK(unit->status().history(EntityKind::sbd, id).size() == 1);
}

TEMPLATE_TEST_CASE("status, update appends with previous", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "eb-" + unique_prefix();
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::eb).add(eb_document(id, "sbd-x", 1, "sbi-x"), "alice");
  unit->documents(EntityKind::eb).add(eb_document(id, "sbd-x", 1, "sbi-x"), "alice");

  const StatusRecord observed =
      unit->status().update_status(EntityKind::eb, id, "fully_observed", "bob");
  CHECK(observed.status == "Fully Observed");
  CHECK(observed.previous_status == "Created");
  CHECK(observed.entity_version == 2);
  CHECK(observed.updated_by == "bob");

  const StatusRecord failed = unit->status().update_status(EntityKind::eb, id, "Failed", "", 1);
  CHECK(failed.entity_version == 1);
  CHECK(failed.previous_status == "Fully Observed");
  CHECK(failed.updated_by == "DefaultUser");

  const auto current = unit->status().current_status(EntityKind::eb, id);
  REQUIRE(current.has_value());
  CHECK(*current == failed);

  const auto history = unit->status().history(EntityKind::eb, id);
  REQUIRE(history.size() == 3);
  CHECK(history[0].status == "Created");
  CHECK(history[1] == observed);
  CHECK(history[2] == failed);
  CHECK(unit->documents(EntityKind::eb).get(id).status == "Failed");
}

TEMPLATE_TEST_CASE("status, unknown status lists valid ones", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbi-" + unique_prefix();
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbi).add(sbi_document(id, "sbd-x", 1));
  try {
    unit->status().update_status(EntityKind::sbi, id, "Finished");
    FAIL("no exception");
  } catch (const ValidationError& error) {
    CHECK_THAT(error.what(), Catch::Contains("Finished") &&
                                 Catch::Contains("Created, Executing, Observed, Failed"));
  }
}

TEMPLATE_TEST_CASE("status, missing entity is NotFound", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();
  CHECK_THROWS_AS(unit->status().update_status(EntityKind::sbd, id, "Ready"), NotFound);
  unit->documents(EntityKind::sbd).add(sbd_document(id));
  CHECK_THROWS_AS(unit->status().update_status(EntityKind::sbd, id, "Ready", "", 5), NotFound);
  CHECK_FALSE(unit->status().current_status(EntityKind::sbd, "sbd-" + unique_prefix()));
}

TEMPLATE_TEST_CASE("status, kind without history", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  CHECK_THROWS_AS(unit->status().update_status(EntityKind::panel, "panel-1", "Ready"),
                  UsageError);
}

TEMPLATE_TEST_CASE("status, commits and rolls back with entity", "[contract]",
                   PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string kept = "sbd-" + unique_prefix();
  const std::string dropped = "sbd-" + unique_prefix();
  {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(kept));
    unit->status().update_status(EntityKind::sbd, kept, "Ready");
    unit->commit();
  }
  {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(dropped));
    unit->status().update_status(EntityKind::sbd, dropped, "Ready");
    unit->status().update_status(EntityKind::sbd, kept, "In Progress");
  }
  auto reader = backend.factory().begin();
  CHECK(reader->status().current_status(EntityKind::sbd, kept)->status == "Ready");
  CHECK(reader->status().history(EntityKind::sbd, dropped).empty());
}

TEMPLATE_TEST_CASE("status, proposal takes document status", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "prsl-" + unique_prefix();
  auto unit = backend.factory().begin();
  const Json proposal{{"prsl_id", id}, {"status", "submitted"}, {"cycle", "SKAO_2027_1"}};
  CHECK(unit->documents(EntityKind::prsl).add(proposal).status == "submitted");
  CHECK(unit->status().current_status(EntityKind::prsl, id)->status == "submitted");
}
