// Entities built in code serialize to the JSON the PDM expects.
#include <catch2/catch.hpp>

#include <ska/oda/model/entities.hpp>

using ska::oda::Json;
using namespace ska::oda::model;

TEST_CASE("SBDefinition, built in code") {
  SBDefinition sbd;
  sbd.interface.set("https://schema.skao.int/ska-oso-pdm-sbd/0.1");
  sbd.sbd_id.set("sbd-test-00002");
  sbd.telescope.set("ska_mid");

  Metadata metadata;
  metadata.version.set(1);
  metadata.created_on.set(DateTime::parse("2025-01-02T03:04:05Z"));
  sbd.metadata.set(metadata);

  Target target;
  target.target_id.set("t1");
  IcrsCoordinates icrs;
  icrs.kind.set("icrs");
  icrs.ra_str.set("12:00:00");
  icrs.dec_str.set("-30:00:00");
  target.reference_coordinate.set(icrs);
  RadialVelocity velocity;
  Quantity quantity;
  quantity.value.set(-17.5);
  quantity.unit.set("km / s");
  velocity.quantity.set(quantity);
  target.radial_velocity.set(velocity);
  sbd.targets.set({target});

  GitScript script;
  script.kind.set("git");
  script.repo.set("https://gitlab.com/ska-telescope/oso/ska-oso-scripting.git");
  script.path.set("git://scripts/observe.py");
  NamedMap<Activity> activities;
  activities.entries.emplace_back("observe", script);
  sbd.activities.set(activities);

  const Json expected = Json::parse(R"({
    "interface": "https://schema.skao.int/ska-oso-pdm-sbd/0.1",
    "sbd_id": "sbd-test-00002",
    "telescope": "ska_mid",
    "metadata": {"version": 1, "created_on": "2025-01-02T03:04:05Z"},
    "activities": {"observe": {"kind": "git",
      "repo": "https://gitlab.com/ska-telescope/oso/ska-oso-scripting.git",
      "path": "git://scripts/observe.py"}},
    "targets": [{"target_id": "t1",
      "reference_coordinate": {"kind": "icrs", "ra_str": "12:00:00", "dec_str": "-30:00:00"},
      "radial_velocity": {"quantity": {"value": -17.5, "unit": "km / s"}}}]
  })");
  CHECK(sbd.to_json() == expected);
  CHECK(sbd.validate().empty());
}

TEST_CASE("SBDStatusHistory, built in code") {
  SBDStatusHistory record;
  record.sbd_ref.set("sbd-test-00002");
  record.sbd_version.set(2);
  record.current_status.set("Ready");
  record.previous_status.set_null();
  const Json expected = Json::parse(
      R"({"sbd_ref": "sbd-test-00002", "sbd_version": 2, "current_status": "Ready",
          "previous_status": null})");
  CHECK(record.to_json() == expected);
  CHECK(record.validate().empty());
  CHECK(record.id().value() == "sbd-test-00002");
}

TEST_CASE("PanelReview, built in code") {
  PanelReview review;
  review.review_id.set("rvw-test-00001");
  review.reviewer_id.set("reviewer-1");
  review.prsl_id.set("prsl-test-00001");
  TechnicalReview technical;
  technical.kind.set("Technical Review");
  technical.is_feasible.set("Yes, with Revision");
  review.review_type.set(technical);
  const Json expected = Json::parse(
      R"({"review_id": "rvw-test-00001", "reviewer_id": "reviewer-1",
          "prsl_id": "prsl-test-00001",
          "review_type": {"kind": "Technical Review", "is_feasible": "Yes, with Revision"}})");
  CHECK(review.to_json() == expected);
  CHECK(review.validate().empty());
}

TEST_CASE("entity_traits, kinds") {
  STATIC_REQUIRE(ska::oda::entity_traits<SBDefinition>::kind == ska::oda::EntityKind::sbd);
  STATIC_REQUIRE(ska::oda::entity_traits<ProposalAccess>::kind ==
                 ska::oda::EntityKind::prslacc);
  STATIC_REQUIRE(ska::oda::status_record_traits<OSOEBStatusHistory>::kind ==
                 ska::oda::EntityKind::eb);
  CHECK(ska::oda::describe(ska::oda::entity_traits<PanelReview>::kind).id_field == "review_id");
}
