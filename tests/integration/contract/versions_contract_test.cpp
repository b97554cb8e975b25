// Contract of versions, metadata and ids, run against both backends.
#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/skuid.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

TEMPLATE_TEST_CASE("add, new id gets version 1", "[contract]", PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();

  auto unit = backend.factory().begin();
  const StoredEntity stored = unit->documents(EntityKind::sbd).add(sbd_document(id), "alice");
  unit->commit();

  CHECK(stored.version.entity_id == id);
  CHECK(stored.version.version == 1);
  CHECK(stored.version.created_by == "alice");
  CHECK(stored.version.last_modified_by == "alice");
  CHECK(stored.version.created_on == stored.version.last_modified_on);
  CHECK(stored.document["metadata"]["version"] == 1);
  CHECK(stored.document["metadata"]["created_by"] == "alice");
  CHECK(stored.document["metadata"]["created_on"] == format_timestamp(stored.version.created_on));
  CHECK(stored.status == "Draft");
}

TEMPLATE_TEST_CASE("add, existing id gets next version", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(id, "first"), "alice");
    unit->commit();
  }
  auto unit = backend.factory().begin();
  const StoredEntity second = unit->documents(EntityKind::sbd).add(sbd_document(id, "second"), "bob");
  unit->commit();

  CHECK(second.version.version == 2);
  CHECK(second.version.created_by == "alice");
  CHECK(second.version.last_modified_by == "bob");
  CHECK(second.version.last_modified_on >= second.version.created_on);
  CHECK(second.document["metadata"]["created_by"] == "alice");
  CHECK(second.document["metadata"]["last_modified_by"] == "bob");
  CHECK(second.document["name"] == "second");
}

TEMPLATE_TEST_CASE("add, empty user is DefaultUser", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  const StoredEntity stored = unit->documents(EntityKind::sbd).add(sbd_document("sbd-" + unique_prefix()));
  CHECK(stored.version.created_by == "DefaultUser");
  CHECK(stored.version.last_modified_by == "DefaultUser");
}

TEMPLATE_TEST_CASE("add, missing id gets a SKUID", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  Json document = sbd_document("");
  document.erase("sbd_id");
  const StoredEntity stored = unit->documents(EntityKind::sbd).add(document, "alice");

  const auto skuid = parse_skuid(stored.version.entity_id);
  REQUIRE(skuid.has_value());
  CHECK(skuid->prefix == "sbd");
  CHECK(stored.document["sbd_id"] == stored.version.entity_id);
  CHECK(unit->documents(EntityKind::sbd).contains(stored.version.entity_id));
}

TEMPLATE_TEST_CASE("add, legacy id is accepted", "[contract]", PostgresBackend, MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  const std::string id = "sbd-t0001-20240101-00001-" + unique_prefix();
  CHECK(unit->documents(EntityKind::sbd).add(sbd_document(id)).version.entity_id == id);
}

TEMPLATE_TEST_CASE("add, invalid documents are rejected", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();

  SECTION("not an object") {
    CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add(Json::array({1, 2})), ValidationError);
  }
  SECTION("id of the wrong type") {
    Json document = sbd_document("x");
    document["sbd_id"] = 42;
    try {
      unit->documents(EntityKind::sbd).add(document);
      FAIL("no exception");
    } catch (const ValidationError& error) {
      REQUIRE(error.problems().size() == 1);
      CHECK(error.problems()[0].path == "$.sbd_id");
    }
  }
  SECTION("id with whitespace") {
    CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add(sbd_document("sbd one")), ValidationError);
  }
  SECTION("escaped NUL text is not a NUL") {
    Json document = sbd_document("sbd-" + unique_prefix());
    document["description"] = "JSON writes NUL as \\u0000, and a backslash as \\\\";
    CHECK(unit->documents(EntityKind::sbd).add(document).document["description"] ==
          document["description"]);
  }
  SECTION("NUL character in a key") {
    Json document = sbd_document("sbd-" + unique_prefix());
    document["nested"] = {{"list", {1, {{std::string("k\0ey", 4), true}}}}};
    try {
      unit->documents(EntityKind::sbd).add(document);
      FAIL("no exception");
    } catch (const ValidationError& error) {
      REQUIRE(error.problems().size() == 1);
      CHECK(error.problems()[0].path == std::string("$.nested.list[1].k\0ey", 21));
    }
  }
  SECTION("NUL character in a string") {
    Json document = sbd_document("sbd-" + unique_prefix());
    document["description"] = std::string("before\0after", 12);
    try {
      unit->documents(EntityKind::sbd).add(document);
      FAIL("no exception");
    } catch (const ValidationError& error) {
      REQUIRE(error.problems().size() == 1);
      CHECK(error.problems()[0].path == "$.description");
      CHECK_THAT(error.what(), Catch::Contains("jsonb"));
    }
  }
}

TEMPLATE_TEST_CASE("get, latest and given version", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(id, "first"), "alice");
  const StoredEntity second = unit->documents(EntityKind::sbd).add(sbd_document(id, "second"), "bob");

  const StoredEntity latest = unit->documents(EntityKind::sbd).get(id);
  CHECK(latest.version == second.version);
  CHECK(same_value(latest.document, second.document));
  CHECK(latest.status == "Draft");

  const StoredEntity first = unit->documents(EntityKind::sbd).get(id, 1);
  CHECK(first.version.version == 1);
  CHECK(first.document["name"] == "first");
}

TEMPLATE_TEST_CASE("get, missing entity is NotFound", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();

  try {
    unit->documents(EntityKind::sbd).get(id);
    FAIL("no exception");
  } catch (const NotFound& error) {
    CHECK_THAT(error.what(), Catch::Contains("SBDefinition") && Catch::Contains(id));
    CHECK(error.context().entity_id == id);
  }

  unit->documents(EntityKind::sbd).add(sbd_document(id));
  try {
    unit->documents(EntityKind::sbd).get(id, 7);
    FAIL("no exception");
  } catch (const NotFound& error) {
    CHECK_THAT(error.what(), Catch::Contains("version 7") && Catch::Contains(id));
    CHECK(error.context().version == 7);
  }
}

TEMPLATE_TEST_CASE("contains and versions", "[contract]", PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();
  CHECK_FALSE(unit->documents(EntityKind::sbd).contains(id));
  CHECK_THROWS_AS(unit->documents(EntityKind::sbd).versions(id), NotFound);

  unit->documents(EntityKind::sbd).add(sbd_document(id), "alice");
  unit->documents(EntityKind::sbd).add(sbd_document(id), "bob");
  unit->documents(EntityKind::sbd).add(sbd_document(id), "carol");

  CHECK(unit->documents(EntityKind::sbd).contains(id));
  const auto versions = unit->documents(EntityKind::sbd).versions(id);
  REQUIRE(versions.size() == 3);
  CHECK(versions[0].version == 1);
  CHECK(versions[2].version == 3);
  CHECK(versions[2].created_by == "alice");
  CHECK(versions[2].last_modified_by == "carol");
}

TEMPLATE_TEST_CASE("add, expected version check", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();

  CHECK(unit->documents(EntityKind::sbd).add(sbd_document(id), "alice", 0).version.version == 1);
  CHECK(unit->documents(EntityKind::sbd).add(sbd_document(id), "alice", 1).version.version == 2);
  try {
    unit->documents(EntityKind::sbd).add(sbd_document(id), "alice", 1);
    FAIL("no exception");
  } catch (const StaleEntity& error) {
    CHECK(error.expected_version() == 1);
    CHECK(error.actual_version() == 2);
    CHECK_THAT(error.what(), Catch::Contains(id));
  }
  CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add(sbd_document("sbd-" + unique_prefix()), "alice", 3),
                  StaleEntity);
}

TEMPLATE_TEST_CASE("remove, versions and status go", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    unit->status().update_status(EntityKind::sbd, id, "Submitted", "alice");
    unit->commit();
  }
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).remove(id);
  CHECK_FALSE(unit->documents(EntityKind::sbd).contains(id));
  CHECK(unit->status().history(EntityKind::sbd, id).empty());
  CHECK_THROWS_AS(unit->documents(EntityKind::sbd).remove(id), NotFound);
  unit->commit();

  auto reader = backend.factory().begin();
  CHECK_FALSE(reader->documents(EntityKind::sbd).contains(id));
  CHECK_FALSE(reader->status().current_status(EntityKind::sbd, id).has_value());
}

TEMPLATE_TEST_CASE("add, link fields are checked", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string id = "sbi-" + unique_prefix();
  auto unit = backend.factory().begin();
  const auto rejected_path = [&](Json document) {
    try {
      unit->documents(EntityKind::sbi).add(document);
    } catch (const ValidationError& error) {
      REQUIRE(error.problems().size() == 1);
      return error.problems()[0].path;
    }
    return std::string("accepted");
  };
  CHECK(rejected_path(sbi_document(id, "sbd-x", 0)) == "$.sbd_version");
  Json text_version = sbi_document(id, "sbd-x", 1);
  text_version["sbd_version"] = "2";
  CHECK(rejected_path(text_version) == "$.sbd_version");
  Json number_ref = sbi_document(id, "sbd-x", 1);
  number_ref["sbd_ref"] = 42;
  CHECK(rejected_path(number_ref) == "$.sbd_ref");
  Json null_ref = sbi_document(id, "sbd-x", 1);
  null_ref["sbd_ref"] = nullptr;
  CHECK(rejected_path(null_ref) == "accepted");
  CHECK_FALSE(unit->documents(EntityKind::sbi).contains(id + "-never"));
}

TEMPLATE_TEST_CASE("add, bad user and expected version", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  const std::string id = "sbd-" + unique_prefix();
  CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add(sbd_document(id), std::string("a\0b", 3)),
                  ValidationError);
  CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add(sbd_document(id), "\xff\xfe"),
                  ValidationError);
  CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add(sbd_document(id), "alice", -1),
                  UsageError);
  CHECK_FALSE(unit->documents(EntityKind::sbd).contains(id));
}
