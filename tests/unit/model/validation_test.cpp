// Each seeded defect is reported at its JSON path.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <ska/oda/model/entities.hpp>

using ska::oda::Json;
using ska::oda::ValidationProblem;
using namespace ska::oda::model;

namespace {

const Json valid_sbd = Json::parse(R"({
  "interface": "https://schema.skao.int/ska-oso-pdm-sbd/0.1",
  "sbd_id": "sbd-test-00003",
  "telescope": "ska_low",
  "metadata": {"version": 1, "created_on": "2025-01-02T03:04:05Z"},
  "targets": [
    {"target_id": "a", "reference_coordinate": {"kind": "icrs", "ra_str": "1:0:0", "dec_str": "2:0:0"}},
    {"target_id": "b", "reference_coordinate": {"kind": "galactic", "l": 1.0, "b": 2.0}},
    {"target_id": "c", "reference_coordinate": {"kind": "special", "name": "Moon"},
     "pointing_pattern": {"active": "SinglePointParameters", "parameters": [{"kind": "SinglePointParameters"}]}}
  ],
  "mccs_allocation": {"mccs_allocation_id": "m1", "selected_subarray_definition": "AA1",
    "subarray_beams": [{"subarray_beam_id": 1, "apertures": [{"station_id": 1, "substation_id": 1}]}]},
  "sdp_configurations": [{"sdp_script": "vis-receive"}]
})");

std::string describe(const std::vector<ValidationProblem>& problems) {
  std::string text;
  for (const auto& problem : problems) {
    text += problem.path + ": " + problem.message + "\n";
  }
  return text;
}

// Applies `patch` (a JSON merge of one value at a JSON pointer) to the valid
// document and returns the problems.
std::vector<ValidationProblem> problems_after(const std::string& pointer, const Json& value) {
  Json document = valid_sbd;
  document[Json::json_pointer(pointer)] = value;
  return SBDefinition::from_json(document).validate();
}

bool has_problem(const std::vector<ValidationProblem>& problems, const std::string& path,
                 const std::string& message_start) {
  return std::any_of(problems.begin(), problems.end(), [&](const ValidationProblem& problem) {
    return problem.path == path && problem.message.starts_with(message_start);
  });
}

}  // namespace

TEST_CASE("validation, valid document") {
  const auto problems = SBDefinition::from_json(valid_sbd).validate();
  INFO(describe(problems));
  CHECK(problems.empty());
}

TEST_CASE("validation, seeded defects") {
  struct Defect {
    std::string pointer;
    Json value;
    std::string path;
    std::string message_start;
  };
  const std::vector<Defect> defects{
      {"/targets/2/reference_coordinate/kind", "foo", "$.targets[2].reference_coordinate.kind",
       "unknown kind \"foo\""},
      {"/targets/0/reference_coordinate/ra_str", 12.5, "$.targets[0].reference_coordinate.ra_str",
       "expected string, got number"},
      {"/targets/1/reference_coordinate/kind", "horizontal",
       "$.targets[1].reference_coordinate.kind",
       "kind \"horizontal\" is from an older PDM version"},
      {"/targets/2/reference_coordinate/name", "Pluto", "$.targets[2].reference_coordinate.name",
       "unknown value \"Pluto\""},
      {"/targets/2/pointing_pattern/active", "Zigzag", "$.targets[2].pointing_pattern.active",
       "unknown value \"Zigzag\""},
      {"/targets/2/pointing_pattern/parameters/0/kind", "Zigzag",
       "$.targets[2].pointing_pattern.parameters[0].kind", "unknown kind \"Zigzag\""},
      {"/telescope", "ska_moon", "$.telescope", "unknown value \"ska_moon\""},
      {"/metadata/created_on", "yesterday", "$.metadata.created_on", "invalid date-time"},
      {"/interface", "https://schema.skao.int/ska-oso-pdm-prj/0.1", "$.interface",
       "interface \"https://schema.skao.int/ska-oso-pdm-prj/0.1\" is not a SBDefinition"},
      {"/mccs_allocation/subarray_beams/0/apertures/0/station_id", "S1",
       "$.mccs_allocation.subarray_beams[0].apertures[0].station_id",
       "expected integer, got string"},
      {"/mccs_allocation/selected_subarray_definition", "AA9",
       "$.mccs_allocation.selected_subarray_definition", "unknown value \"AA9\""},
      {"/sdp_configurations/0/sdp_script", "dance", "$.sdp_configurations[0].sdp_script",
       "unknown value \"dance\""},
      {"/targets/0/colour", "red", "$.targets[0].colour", "unknown field"},
      {"/activities", Json::parse(R"({"go": {"kind": "git", "path": "x.py"}})"),
       "$.activities.go.repo", "missing required field"},
  };
  for (const Defect& defect : defects) {
    INFO("defect at " << defect.pointer);
    const auto problems = problems_after(defect.pointer, defect.value);
    INFO(describe(problems));
    CHECK(has_problem(problems, defect.path, defect.message_start));
  }
}

TEST_CASE("validation, problem path format") {
  const auto problems = problems_after("/targets/2/reference_coordinate/kind", "foo");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "$.targets[2].reference_coordinate.kind");
  CHECK(problems[0].message.starts_with("unknown kind \"foo\""));
}

TEST_CASE("validation, status spellings") {
  OSOEBStatusHistory record = OSOEBStatusHistory::from_json(
      Json::parse(R"({"eb_ref": "eb-1", "current_status": "fully_observed",
                      "previous_status": "Sleeping"})"));
  const auto problems = record.validate();
  INFO(describe(problems));
  CHECK(has_problem(problems, "$.current_status", "status \"fully_observed\" uses an older"));
  CHECK(has_problem(problems, "$.previous_status", "unknown status \"Sleeping\""));
}

TEST_CASE("from_json, wrong identity type") {
  Json document = valid_sbd;
  document["sbd_id"] = 42;
  try {
    (void)SBDefinition::from_json(document);
    FAIL("from_json accepted a numeric sbd_id");
  } catch (const ska::oda::ValidationError& error) {
    REQUIRE(error.problems().size() == 1);
    CHECK(error.problems()[0].path == "$.sbd_id");
    CHECK(error.problems()[0].message == "expected string, got integer");
    CHECK(std::string(error.what()).find("$.sbd_id") != std::string::npos);
  }
}

TEST_CASE("from_json, wrong metadata type") {
  Json document = valid_sbd;
  document["metadata"]["version"] = "1";
  try {
    (void)SBDefinition::from_json(document);
    FAIL("from_json accepted a string metadata.version");
  } catch (const ska::oda::ValidationError& error) {
    REQUIRE(error.problems().size() == 1);
    CHECK(error.problems()[0].path == "$.metadata.version");
  }
  document["metadata"] = "yesterday";
  CHECK_THROWS_AS(SBDefinition::from_json(document), ska::oda::ValidationError);
}

TEST_CASE("from_json, not an object") {
  CHECK_THROWS_AS(SBDefinition::from_json(Json::array()), ska::oda::ValidationError);
  CHECK_THROWS_AS(Proposal::from_json(Json("text")), ska::oda::ValidationError);
}
