#include <catch2/catch.hpp>

#include <ska/oda/timestamp.hpp>

using namespace ska::oda;
using namespace std::chrono;

namespace {

Timestamp utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0, int us = 0) {
  return sys_days{year{y} / month{m} / day{d}} + hours{hh} + minutes{mm} + seconds{ss} +
         microseconds{us};
}

}  // namespace

TEST_CASE("format_timestamp, pydantic form") {
  CHECK(format_timestamp(utc(2026, 1, 22, 15, 43, 53, 971548)) ==
        "2026-01-22T15:43:53.971548Z");
  CHECK(format_timestamp(utc(1999, 12, 31)) == "1999-12-31T00:00:00.000000Z");
}

TEST_CASE("parse_timestamp, accepted forms") {
  CHECK(parse_timestamp("2024-07-01") == utc(2024, 7, 1));
  CHECK(parse_timestamp("2024-07-01 15:31") == utc(2024, 7, 1, 15, 31));
  CHECK(parse_timestamp("2024-07-01T15:31:29") == utc(2024, 7, 1, 15, 31, 29));
  CHECK(parse_timestamp("2024-07-01T15:31:29.087203Z") == utc(2024, 7, 1, 15, 31, 29, 87203));
  CHECK(parse_timestamp("2024-07-01T15:31:29.5+00:00") == utc(2024, 7, 1, 15, 31, 29, 500000));
  CHECK(parse_timestamp("2024-07-01T15:31:29.087203+05:30") ==
        utc(2024, 7, 1, 10, 1, 29, 87203));
  CHECK(parse_timestamp("2024-07-01T00:30-01:00") == utc(2024, 7, 1, 1, 30));
  CHECK(parse_timestamp("2024-07-01T15:31:29.1234567Z") == utc(2024, 7, 1, 15, 31, 29, 123456));
}

TEST_CASE("parse_timestamp, rejected forms") {
  for (const char* text : {"", "2024", "0000-01-01", "2024-13-01", "2024-02-30", "2024-07-01T25:00",
                           "2024-07-01T10:00:00.", "2024-07-01T10:00Zjunk", "yesterday",
                           "2024-07-01T10:00+5", "01/07/2024"}) {
    INFO(text);
    CHECK_FALSE(parse_timestamp(text).has_value());
  }
}

TEST_CASE("timestamp round trip") {
  const Timestamp value = utc(2025, 3, 25, 8, 9, 10, 11);
  CHECK(parse_timestamp(format_timestamp(value)) == value);
}
