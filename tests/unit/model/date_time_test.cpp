#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/sb_instance.hpp>

using namespace std::chrono;
using ska::oda::model::DateTime;

TEST_CASE("DateTime, zones") {
  const auto z = DateTime::parse("2024-07-02T18:01:47.873431Z");
  const auto plus = DateTime::parse("2024-07-02T18:01:47.873431+00:00");
  const auto india = DateTime::parse("2024-07-02T23:31:47.873431+05:30");
  const auto naive = DateTime::parse("2024-07-02T18:01:47.873431");
  REQUIRE(z.is_valid());
  CHECK(z.time() == plus.time());
  CHECK(z.time() == india.time());
  CHECK(z.time() == naive.time());
  CHECK(z.utc_offset() == minutes{0});
  CHECK(india.utc_offset() == minutes{330});
  CHECK_FALSE(naive.utc_offset().has_value());
  CHECK(india.text() == "2024-07-02T23:31:47.873431+05:30");
  CHECK(DateTime::parse("2024-02-29T23:59:59-07:30").utc_offset() == minutes{-450});
}

TEST_CASE("DateTime, malformed keeps text") {
  for (const char* text : {"2022-09-23T15: 43: 53.971548Z", "yesterday", "2023-02-29T00:00:00Z",
                                 "2024-13-01T00:00:00Z", ""}) {
    const auto value = DateTime::parse(text);
    CHECK_FALSE(value.is_valid());
    CHECK(value.text() == std::string(text));
  }
}

TEST_CASE("DateTime, set_time rewrites text") {
  auto value = DateTime::parse("2024-07-02T23:31:47.873431+05:30");
  value.set_time(sys_days{year{2025} / 1 / 2} + hours{3});
  CHECK(value.text() == "2025-01-02T08:30:00+05:30");

  auto utc = DateTime::parse("2024-07-02T18:01:47Z");
  utc.set_time(sys_days{year{2025} / 1 / 2} + microseconds{1500});
  CHECK(utc.text() == "2025-01-02T00:00:00.001500Z");

  const auto formatted = DateTime::from_time(sys_days{year{2026} / 1 / 22}, minutes{0}, false);
  CHECK(formatted.text() == "2026-01-22T00:00:00+00:00");
}

TEST_CASE("DateTime, document keeps text") {
  const auto document = ska::oda::Json::parse(R"({
    "sbi_id": "sbi-1", "telescope": "ska_mid",
    "metadata": {"created_on": "2022-09-23T15:43:53.971548+00:00",
                 "last_modified_on": "2022-09-23T15: 43: 53.971548Z"},
    "activities": [{"executed_at": "2024-02-29T23:59:59.5"}]})");
  const auto sbi = ska::oda::model::SBInstance::from_json(document);
  const auto& metadata = sbi.metadata.value();
  CHECK(metadata.created_on.value().is_valid());
  CHECK_FALSE(metadata.last_modified_on.value().is_valid());
  CHECK(sbi.to_json() == document);

  const auto problems = sbi.validate();
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "$.metadata.last_modified_on");
}
