#include <string>

#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/model/document_check.hpp>
#include <ska/oda/model/document_parser.hpp>

using ska::oda::ParseError;
using ska::oda::parse_document;

namespace {

ParseError parse_error_of(const std::string& text, const std::string& source = {}) {
  try {
    (void)parse_document(text, source);
  } catch (const ParseError& error) {
    return error;
  }
  FAIL("parse_document accepted: " << text.substr(0, 80));
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("parse_document, keeps key order") {
  const auto document = parse_document(R"({"b": 1, "a": 2, "c": 3})");
  CHECK(document.dump() == R"({"b":1,"a":2,"c":3})");
}

TEST_CASE("parse_document, truncated JSON") {
  const ParseError error = parse_error_of("{\n  \"sbd_id\": \"sbd-1\",\n  \"name\": ", "sbd.json");
  CHECK(error.location().source == "sbd.json");
  CHECK(error.location().line == 3u);
  CHECK(std::string(error.what()).starts_with("sbd.json:3:"));
  CHECK(std::string(error.what()).find("invalid JSON") != std::string::npos);
}

TEST_CASE("parse_document, syntax error location") {
  const ParseError error = parse_error_of("{\"a\": 1,\n \"b\": tru}");
  CHECK(error.location().line == 2u);
  CHECK(error.location().byte_offset > 9u);
  CHECK(error.location().column.has_value());
}

TEST_CASE("parse_document, deep nesting") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const ParseError error = parse_error_of(deep);
  CHECK(error.location().byte_offset == ska::oda::max_document_depth);
  CHECK(std::string(error.what()).find("nested deeper than the limit of 256 levels") !=
        std::string::npos);

  const std::string deep_objects = [] {
    std::string text;
    for (int i = 0; i < 100000; ++i) {
      text += "{\"a\":";
    }
    return text;
  }();
  CHECK_THROWS_AS(parse_document(deep_objects), ParseError);
}

TEST_CASE("parse_document, nesting at the limit") {
  const std::size_t depth = ska::oda::max_document_depth;
  const std::string text = std::string(depth, '[') + std::string(depth, ']');
  CHECK_NOTHROW(parse_document(text));
  // Brackets inside strings do not count.
  const std::string in_string = "[\"" + std::string(1000, '[') + "\"]";
  CHECK_NOTHROW(parse_document(in_string));
}

TEST_CASE("parse_document, invalid UTF-8") {
  for (const std::string& bad : {std::string("{\"a\": \"\xC3\"}"), std::string("{\"a\": \"\xFF\"}"),
                                std::string("{\"a\": \"\xED\xA0\x80\"}"),
                                std::string("{\"a\": \"\xC0\xAF\"}")}) {
    const ParseError error = parse_error_of(bad);
    CHECK(error.location().byte_offset == 7u);
    CHECK(std::string(error.what()).find("invalid UTF-8") != std::string::npos);
  }
  CHECK_NOTHROW(parse_document("{\"a\": \"é 名 😀\"}"));
}

TEST_CASE("parse_document, NUL escape") {
  const ParseError error = parse_error_of(R"({"name": "a\u0000b"})");
  CHECK(error.location().byte_offset == 11u);
  CHECK(std::string(error.what()).find("PostgreSQL") != std::string::npos);
  // An escaped backslash followed by "u0000" is ordinary text.
  CHECK_NOTHROW(parse_document(R"({"name": "a\\u0000b"})"));
  CHECK_NOTHROW(parse_document(R"({"name": "a\u0001b"})"));
}

TEST_CASE("check_document_text, invalid JSON") {
  CHECK_THROWS_AS(ska::oda::check_document_text("[1, 2", "list.json"), ParseError);
  CHECK_THROWS_AS(ska::oda::check_document_text(""), ParseError);
}

TEST_CASE("parse_document, numbers that would change") {
  for (const char* text : {R"({"a": 1e999})", R"({"a": -1e400})",
                           R"({"a": 123456789012345678901234567890})",
                           R"({"a": -9223372036854775809})"}) {
    INFO(text);
    CHECK_THROWS_AS(ska::oda::parse_document(text, "numbers.json"), ska::oda::ParseError);
  }
  CHECK(ska::oda::parse_document(R"({"a": 18446744073709551615})")["a"].is_number_unsigned());
  CHECK(ska::oda::parse_document(R"({"a": -9223372036854775808})")["a"].is_number_integer());
  CHECK(ska::oda::parse_document(R"({"a": 1e-400, "b": "1e999"})")["b"] == "1e999");
  try {
    ska::oda::parse_document("{\n  \"a\": 1e999}", "numbers.json");
  } catch (const ska::oda::ParseError& error) {
    CHECK_THAT(error.what(), Catch::Contains("numbers.json:2:8") && Catch::Contains("1e999"));
  }
}
