// Contract of relationship lookups, run against both backends.
#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

TEMPLATE_TEST_CASE("relationships, links and reverse lists", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string suffix = unique_prefix();
  const std::string sbd = "sbd-" + suffix;
  const std::string sbi = "sbi-" + suffix;
  const std::string eb = "eb-" + suffix;
  const std::string prj = "prj-" + suffix;
  const std::string prsl = "prsl-" + suffix;

  auto unit = backend.factory().begin();
  unit->documents(EntityKind::prsl).add(Json{{"prsl_id", prsl}, {"cycle", "SKAO_2027_1"}});
  unit->documents(EntityKind::prj).add(Json{{"prj_id", prj}, {"prsl_ref", prsl}});
  Json definition = sbd_document(sbd, "first");
  definition["prj_ref"] = prj;
  unit->documents(EntityKind::sbd).add(definition);
  definition["name"] = "second";
  unit->documents(EntityKind::sbd).add(definition);
  unit->documents(EntityKind::sbi).add(sbi_document(sbi, sbd, 1));
  unit->documents(EntityKind::eb).add(eb_document(eb, sbd, 1, sbi));

  SECTION("forward links") {
    const StoredEntity of_eb = unit->linked(EntityKind::eb, eb, EntityKind::sbd);
    CHECK(of_eb.version.entity_id == sbd);
    CHECK(of_eb.version.version == 1);
    CHECK(of_eb.document["name"] == "first");
    CHECK(unit->linked(EntityKind::eb, eb, EntityKind::sbi).version.entity_id == sbi);
    CHECK(unit->linked(EntityKind::sbi, sbi, EntityKind::sbd).version.entity_id == sbd);
    CHECK(unit->linked(EntityKind::sbd, sbd, EntityKind::prj).version.entity_id == prj);
    CHECK(unit->linked(EntityKind::prj, prj, EntityKind::prsl).version.entity_id == prsl);
  }
  SECTION("reverse lists") {
    const auto sbis = unit->referencing(EntityKind::sbi, EntityKind::sbd, sbd);
    REQUIRE(sbis.size() == 1);
    CHECK(sbis[0].version.entity_id == sbi);
    CHECK(unit->referencing(EntityKind::eb, EntityKind::sbi, sbi).size() == 1);
    CHECK(unit->referencing(EntityKind::sbd, EntityKind::prj, prj).size() == 1);
    CHECK(unit->referencing(EntityKind::prj, EntityKind::prsl, prsl).size() == 1);
  }
  SECTION("missing links") {
    CHECK_THROWS_AS(unit->linked(EntityKind::prj, prj, EntityKind::sbd), UsageError);
    unit->documents(EntityKind::sbi).add(Json{{"sbi_id", sbi + "-alone"}});
    CHECK_THROWS_AS(unit->linked(EntityKind::sbi, sbi + "-alone", EntityKind::sbd), NotFound);
    unit->documents(EntityKind::sbi).add(sbi_document(sbi + "-dangling", "sbd-missing-" + suffix, 1));
    CHECK_THROWS_AS(unit->linked(EntityKind::sbi, sbi + "-dangling", EntityKind::sbd), NotFound);
  }
}
