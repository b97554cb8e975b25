#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <variant>

#include <catch2/catch.hpp>

#include <ska/oda/model/document_parser.hpp>
#include <ska/oda/model/json_difference.hpp>
#include <ska/oda/model/sb_definition.hpp>

#include "support/test_paths.hpp"

using ska::oda::Json;
using namespace ska::oda::model;

namespace {

Json load_fixture(const std::string& name) {
  const auto path = ska::oda::test::fixture_dir() / "model" / name;
  std::ifstream stream(path, std::ios::binary);
  REQUIRE(stream);
  const std::string text{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
  return ska::oda::parse_document(text, path.string());
}

void require_same(const Json& expected, const Json& actual) {
  const auto difference = ska::oda::first_difference(expected, actual);
  if (difference) {
    FAIL("differs at " << difference->path << " (" << difference->reason << "): expected "
                       << difference->expected.dump() << ", got " << difference->actual.dump());
  }
}

}  // namespace

TEST_CASE("SBDefinition, lossless fixture") {
  const Json document = load_fixture("lossless_sbd.json");
  const SBDefinition sbd = SBDefinition::from_json(document);
  const Json written = sbd.to_json();
  require_same(document, written);
  CHECK(written.dump() == document.dump());
}

TEST_CASE("SBDefinition, typed access") {
  const SBDefinition sbd = SBDefinition::from_json(load_fixture("lossless_sbd.json"));

  CHECK(sbd.id().value() == "sbd-test-00001");
  CHECK(sbd.name.value() == "Ünïcödé 名前 ☃");
  CHECK(sbd.description.is_null());
  CHECK(sbd.prj_ref.is_absent());
  CHECK(sbd.telescope.value() == "ska_future");
  REQUIRE(sbd.metadata.has_value());
  CHECK(sbd.metadata.get()->version.value() == 3);
  CHECK(sbd.metadata.get()->last_modified_by.is_null());

  // Unknown members stay in the layout, in order.
  CHECK(sbd.layout.unknown.contains("x_first_unknown"));
  CHECK(sbd.layout.key_order.front() == "interface");
  CHECK(sbd.layout.key_order[1] == "x_first_unknown");

  const auto& targets = sbd.targets.value();
  REQUIRE(targets.size() == 3);
  const auto* icrs = std::get_if<IcrsCoordinates>(targets[0].reference_coordinate.get());
  REQUIRE(icrs != nullptr);
  CHECK(icrs->ra_str.value() == "21:08:46.8");

  // A number where the model has a string is kept raw and reported absent.
  const auto* equatorial =
      std::get_if<EquatorialCoordinates>(targets[1].reference_coordinate.get());
  REQUIRE(equatorial != nullptr);
  CHECK(equatorial->ra.is_mismatched());
  CHECK(equatorial->ra.get() == nullptr);
  CHECK(equatorial->ra.raw() == Json(250.0));
  CHECK(equatorial->dec.value() == "30:00:00");

  // An unknown tag keeps the whole object.
  const auto* unknown = std::get_if<UnknownAlternative>(targets[2].reference_coordinate.get());
  REQUIRE(unknown != nullptr);
  CHECK(unknown->object.at("whatever").at("a") == 1);

  const auto* activities = sbd.activities.get();
  REQUIRE(activities != nullptr);
  REQUIRE(activities->entries.size() == 2);
  CHECK(std::holds_alternative<GitScript>(*activities->find("observe")));
  CHECK(std::holds_alternative<UnknownAlternative>(*activities->find("calibrate")));
}

TEST_CASE("Field, integers stay integers") {
  const SBDefinition sbd = SBDefinition::from_json(load_fixture("lossless_sbd.json"));
  const auto& scans = sbd.dish_allocations.value().scan_sequence.value();
  CHECK(scans[0].scan_duration_ms.value() == 60000.0);
  CHECK(scans[0].to_json().at("scan_duration_ms").is_number_integer());
  CHECK(scans[1].to_json().at("scan_duration_ms").is_number_float());
}

TEST_CASE("Field, changed number is rewritten") {
  SBDefinition sbd = SBDefinition::from_json(load_fixture("lossless_sbd.json"));
  auto& scan = sbd.dish_allocations.get()->scan_sequence.get()->at(0);
  scan.scan_duration_ms.set(1.5);
  CHECK(sbd.to_json().at("dish_allocations").at("scan_sequence").at(0).at("scan_duration_ms") ==
        1.5);

  // Changing through the pointer is seen as well.
  *scan.scan_duration_ms.get() = 2.5;
  CHECK(scan.to_json().at("scan_duration_ms") == 2.5);
}

TEST_CASE("Field, null absent and reset") {
  SBDefinition sbd = SBDefinition::from_json(load_fixture("lossless_sbd.json"));
  sbd.description.reset();
  sbd.name.set_null();
  sbd.prj_ref.set("prj-test-00001");
  const Json written = sbd.to_json();
  CHECK_FALSE(written.contains("description"));
  CHECK(written.at("name").is_null());
  CHECK(written.at("prj_ref") == "prj-test-00001");
  // A member set in code follows the members that were read.
  CHECK(written.items().begin().key() == "interface");
  auto last = written.end();
  --last;
  CHECK(last.key() == "prj_ref");
}

TEST_CASE("Field, empty containers stay") {
  const SBDefinition sbd = SBDefinition::from_json(load_fixture("lossless_sbd.json"));
  CHECK(sbd.csp_configurations.value().empty());
  const Json written = sbd.to_json();
  CHECK(written.at("csp_configurations") == Json::array());
  CHECK(written.at("sdp_configurations").at(0).at("script_parameters") == Json::object());
}
