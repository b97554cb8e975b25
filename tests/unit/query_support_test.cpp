#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>

#include "core/query_support.hpp"

using namespace ska::oda;
using namespace ska::oda::detail;

TEST_CASE("escape_like, metacharacters") {
  CHECK(escape_like("plain") == "plain");
  CHECK(escape_like("50%_off") == "50\\%\\_off");
  CHECK(escape_like("a\\b") == "a\\\\b");
  CHECK(escape_like("o'brien") == "o'brien");
}

TEST_CASE("cursor, round trip") {
  const QueryCursor cursor{"2024-01-01T00:00:00.000000Z", "sbd-\"quoted\"", 3};
  const QueryCursor decoded = decode_cursor(encode_cursor(cursor));
  CHECK(decoded.order_value == cursor.order_value);
  CHECK(decoded.entity_id == cursor.entity_id);
  CHECK(decoded.version == 3);
}

TEST_CASE("cursor, invalid text") {
  for (const char* text : {"", "[]", "[1,2,3]", "{\"a\":1}", "[\"a\",\"b\",\"c\"]", "nope"}) {
    INFO(text);
    CHECK_THROWS_AS(decode_cursor(text), UsageError);
  }
}

TEST_CASE("checked_query, fields per kind") {
  Query query;
  query.where = {{"sbd_ref", {"sbd-1"}}, {"status", {"Created"}}, {"sbd_version", {"2"}}};
  CHECK_NOTHROW(checked_query(describe(EntityKind::sbi), query));

  query.where = {{"prj_ref", {"x"}}};
  CHECK_THROWS_AS(checked_query(describe(EntityKind::sbi), query), UsageError);
  query.where = {{"sbd_version", {"2.5"}}};
  CHECK_THROWS_AS(checked_query(describe(EntityKind::eb), query), UsageError);
  query.where = {{"sbd_ref", {}}};
  CHECK_THROWS_AS(checked_query(describe(EntityKind::eb), query), UsageError);
  query.where = {{"status", {"x"}}};
  CHECK_THROWS_AS(checked_query(describe(EntityKind::prslacc), query), UsageError);
}

TEST_CASE("checked_query, status spellings") {
  Query query;
  query.where = {{"status", {"fully_observed", "Created"}}};
  const Query checked = checked_query(describe(EntityKind::eb), query);
  CHECK(checked.where[0].values == std::vector<std::string>{"Fully Observed", "Created"});
  query.where = {{"status", {"bogus"}}};
  CHECK_THROWS_AS(checked_query(describe(EntityKind::eb), query), UsageError);
}
