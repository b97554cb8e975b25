#include <catch2/catch.hpp>

#include <ska/oda/entity_kind.hpp>

using ska::oda::EntityKind;

TEST_CASE("parse_kind accepts short, plural and PDM names") {
  CHECK(ska::oda::parse_kind("sbd") == EntityKind::sbd);
  CHECK(ska::oda::parse_kind("SBDS") == EntityKind::sbd);
  CHECK(ska::oda::parse_kind("SBDefinition") == EntityKind::sbd);
  CHECK(ska::oda::parse_kind("prslacc") == EntityKind::prslacc);
  CHECK(ska::oda::parse_kind("PanelReview") == EntityKind::rvw);
  CHECK_FALSE(ska::oda::parse_kind("obs_prg").has_value());
  CHECK_FALSE(ska::oda::parse_kind("").has_value());
}

TEST_CASE("describe matches enum order") {
  for (const auto& descriptor : ska::oda::kind_descriptors) {
    CHECK(&ska::oda::describe(descriptor.kind) == &descriptor);
    CHECK(descriptor.table == "tab_oda_" + std::string(descriptor.name));
  }
}

TEST_CASE("normalize_status maps legacy spellings") {
  CHECK(ska::oda::normalize_status(EntityKind::eb, "fully_observed") == "Fully Observed");
  CHECK(ska::oda::normalize_status(EntityKind::sbd, "IN_PROGRESS") == "In Progress");
  CHECK(ska::oda::normalize_status(EntityKind::prsl, "Under Review") == "under review");
  CHECK_FALSE(ska::oda::normalize_status(EntityKind::sbd, "Fully Observed").has_value());
  CHECK_FALSE(ska::oda::normalize_status(EntityKind::panel, "Draft").has_value());
}

TEST_CASE("list_statuses joins in model order") {
  CHECK(ska::oda::list_statuses(EntityKind::eb) == "Created, Fully Observed, Failed");
  CHECK(ska::oda::list_statuses(EntityKind::panel).empty());
}
