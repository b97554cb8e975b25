// Contract of add_many, run against both backends.
#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

TEMPLATE_TEST_CASE("add_many, versions in input order", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbd-" + unique_prefix() + "-";
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "old", "stored"), "alice");

  Json without_id = sbd_document("");
  without_id.erase("sbd_id");
  std::vector<Json> documents{sbd_document(prefix + "a", "a1"), sbd_document(prefix + "old", "o2"),
                              sbd_document(prefix + "a", "a2"), without_id,
                              sbd_document(prefix + "a", "a3")};
  const auto stored = unit->documents(EntityKind::sbd).add_many(documents, "bob");

  REQUIRE(stored.size() == 5);
  CHECK(stored[0].version.entity_id == prefix + "a");
  CHECK(stored[0].version.version == 1);
  CHECK(stored[0].status == "Draft");
  CHECK(stored[1].version.version == 2);
  CHECK(stored[1].version.created_by == "alice");
  CHECK(stored[1].version.last_modified_by == "bob");
  CHECK(stored[2].version.version == 2);
  CHECK(stored[2].document["name"] == "a2");
  CHECK(stored[3].version.entity_id.starts_with("sbd-"));
  CHECK(stored[3].document["sbd_id"] == stored[3].version.entity_id);
  CHECK(stored[4].version.version == 3);
  CHECK(stored[4].document["metadata"]["version"] == 3);
  CHECK(stored[4].document["metadata"]["created_by"] == "bob");

  CHECK(unit->documents(EntityKind::sbd).get(prefix + "a").document["name"] == "a3");
  CHECK(unit->documents(EntityKind::sbd).get(prefix + "a", 1).document["name"] == "a1");
  CHECK(unit->status().history(EntityKind::sbd, prefix + "a").size() == 1);
}

TEMPLATE_TEST_CASE("add_many, one bad document writes nothing", "[contract]",
                   PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbd-" + unique_prefix() + "-";
  auto unit = backend.factory().begin();
  Json bad = sbd_document(prefix + "bad");
  bad["sbd_id"] = Json::array();
  std::vector<Json> documents{sbd_document(prefix + "good"), bad};
  CHECK_THROWS_AS(unit->documents(EntityKind::sbd).add_many(documents, "bob"), ValidationError);
  CHECK_FALSE(unit->documents(EntityKind::sbd).contains(prefix + "good"));
}

TEMPLATE_TEST_CASE("add_many, more than one batch", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbi-" + unique_prefix() + "-";
  std::vector<Json> documents;
  for (int i = 0; i < 1200; ++i) {
    documents.push_back(sbi_document(prefix + std::to_string(i % 1100), "sbd-x", 1 + i % 3));
  }
  {
    auto unit = backend.factory().begin();
    const auto stored = unit->documents(EntityKind::sbi).add_many(documents, "bulk");
    REQUIRE(stored.size() == 1200);
    CHECK(stored[1150].version.version == 2);
    unit->commit();
  }
  auto reader = backend.factory().begin();
  Query query;
  query.entity_id = TextMatch{prefix, MatchType::starts_with};
  query.where = {{"sbd_version", {"2"}}};
  query.limit = 0;
  const auto page = reader->documents(EntityKind::sbi).query(query);
  CHECK(page.entities.size() == 367);
  CHECK(reader->documents(EntityKind::sbi).versions(prefix + "7").size() == 2);
}
