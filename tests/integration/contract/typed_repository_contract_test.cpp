// Contract of the typed repositories over model entities, run against both
// backends.
#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/model/entities.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

TEMPLATE_TEST_CASE("typed repository, add and get", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  model::SBDefinition definition;
  definition.name = std::string("Calibrator scan");
  definition.telescope = std::string("ska_mid");

  auto unit = backend.factory().begin();
  const model::SBDefinition stored = unit->sbds().add(definition, "alice");
  REQUIRE(stored.id().has_value());
  const std::string id = stored.id().value();
  CHECK(id.starts_with("sbd-"));
  REQUIRE(stored.metadata.has_value());
  CHECK(stored.metadata.value().version.value() == 1);
  CHECK(stored.metadata.value().created_by.value() == "alice");
  CHECK(stored.name.value() == "Calibrator scan");

  model::SBDefinition changed = stored;
  changed.name = std::string("Calibrator scan, longer");
  const model::SBDefinition second = unit->sbds().add(changed, "bob", 1);
  CHECK(second.metadata.value().version.value() == 2);
  CHECK(second.metadata.value().created_by.value() == "alice");
  CHECK(second.metadata.value().last_modified_by.value() == "bob");

  const model::SBDefinition latest = unit->sbds().get(id);
  CHECK(latest.name.value() == "Calibrator scan, longer");
  CHECK(unit->sbds().get(id, 1).name.value() == "Calibrator scan");
  CHECK(unit->sbds().contains(id));
  CHECK(unit->sbds().versions(id).size() == 2);
  CHECK_THROWS_AS(unit->sbds().add(changed, "carol", 1), StaleEntity);
}

TEMPLATE_TEST_CASE("typed repository, query and links", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string suffix = unique_prefix();
  auto unit = backend.factory().begin();

  model::SBDefinition definition;
  definition.sbd_id = "sbd-" + suffix;
  unit->sbds().add(definition);

  model::SBInstance instance;
  instance.sbi_id = "sbi-" + suffix;
  instance.sbd_ref = "sbd-" + suffix;
  unit->sbis().add(instance, "alice");

  Query query;
  query.where = {{"sbd_ref", {"sbd-" + suffix}}};
  const auto page = unit->sbis().query(query);
  REQUIRE(page.entities.size() == 1);
  CHECK(page.entities[0].id().value() == "sbi-" + suffix);

  const StoredEntity parent = unit->linked(EntityKind::sbi, "sbi-" + suffix, EntityKind::sbd);
  CHECK(model::SBDefinition::from_json(parent.document).id().value() == "sbd-" + suffix);

  unit->sbis().remove("sbi-" + suffix);
  CHECK_FALSE(unit->sbis().contains("sbi-" + suffix));
}

TEMPLATE_TEST_CASE("typed repository, every kind", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  CHECK(unit->ebs().add(model::OSOExecutionBlock{}).id().has_value());
  CHECK(unit->prjs().add(model::Project{}).id().value().starts_with("prj-"));
  CHECK(unit->prsls().add(model::Proposal{}).id().value().starts_with("prsl-"));
  CHECK(unit->panels().add(model::Panel{}).id().value().starts_with("panel-"));
  CHECK(unit->reviews().add(model::PanelReview{}).id().value().starts_with("rvw-"));
  CHECK(unit->decisions().add(model::PanelDecision{}).id().value().starts_with("pnld-"));
  CHECK(unit->proposal_access().add(model::ProposalAccess{}).id().value().starts_with(
      "prslacc-"));
}
