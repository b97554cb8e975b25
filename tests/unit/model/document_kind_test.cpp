#include <catch2/catch.hpp>

#include <ska/oda/model/document_kind.hpp>

using ska::oda::DocumentCategory;
using ska::oda::EntityKind;
using ska::oda::Json;
using ska::oda::detect_document_kind;

TEST_CASE("detect_document_kind, interface") {
  const auto kind = detect_document_kind(
      Json::parse(R"({"interface": "https://schema.skao.int/ska-oso-pdm-sbd/0.1"})"));
  CHECK(kind.category == DocumentCategory::entity);
  CHECK(kind.kind == EntityKind::sbd);
  CHECK(kind.name() == "SBDefinition");

  // The interface wins over the id members of older versions.
  const auto sbi = detect_document_kind(Json::parse(
      R"({"interface": "https://schema.skao.int/ska-oso-pdm-sbi/0.1", "sbd_id": "sbd-1"})"));
  CHECK(sbi.kind == EntityKind::sbi);
}

TEST_CASE("detect_document_kind, id members") {
  CHECK(detect_document_kind(Json::parse(R"({"prsl_id": "p"})")).kind == EntityKind::prsl);
  CHECK(detect_document_kind(Json::parse(R"({"panel_id": "x"})")).kind == EntityKind::panel);
  CHECK(detect_document_kind(Json::parse(R"({"review_id": "r", "prsl_id": "p", "panel_id": "x"})"))
            .kind == EntityKind::rvw);
  CHECK(detect_document_kind(Json::parse(R"({"decision_id": "d", "prsl_id": "p"})")).kind ==
        EntityKind::pnld);
  CHECK(detect_document_kind(Json::parse(R"({"access_id": "a", "prsl_id": "p"})")).kind ==
        EntityKind::prslacc);
  CHECK(detect_document_kind(Json::parse(R"({"name": "n", "obs_blocks": []})")).kind ==
        EntityKind::prj);
}

TEST_CASE("detect_document_kind, status records") {
  const auto kind = detect_document_kind(
      Json::parse(R"({"current_status": "Created", "eb_ref": "eb-1", "previous_status": null})"));
  CHECK(kind.category == DocumentCategory::status_record);
  CHECK(kind.kind == EntityKind::eb);
  CHECK(kind.name() == "OSOEBStatusHistory");
}

TEST_CASE("detect_document_kind, tracking status") {
  const auto kind = detect_document_kind(Json::parse(
      R"({"interface": "https://schema.skao.int/ska-oso-pdm-prj/0.1", "status": "Draft"})"));
  CHECK(kind.kind == EntityKind::prj);
  CHECK(kind.has_tracking_status);
  // A proposal's status is a member of its model.
  CHECK_FALSE(detect_document_kind(Json::parse(R"({"prsl_id": "p", "status": "draft"})"))
                  .has_tracking_status);
}

TEST_CASE("detect_document_kind, unknown") {
  const auto legacy = detect_document_kind(Json::parse(
      R"({"interface": "https://schema.skao.int/ska-oso-pdm-obs-prg/0.1", "obs_prg_id": "o"})"));
  CHECK(legacy.category == DocumentCategory::unknown);
  CHECK(legacy.reason == "legacy ObservingProgramme (obs_prg_id) is not stored by the archive");
  CHECK(detect_document_kind(Json::array()).reason == "not a JSON object");
  CHECK_FALSE(detect_document_kind(Json::parse(R"({"hello": 1})")).kind.has_value());
  CHECK(detect_document_kind(Json::parse(R"({"interface": "https://example.org/x"})"))
            .reason.starts_with("unknown interface URL"));
}
