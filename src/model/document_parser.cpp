#include <ska/oda/model/document_parser.hpp>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include <fmt/format.h>

#include <ska/oda/error.hpp>

namespace ska::oda {

namespace {

ParseError::Location locate(std::string_view text, std::string_view source, std::size_t offset) {
  ParseError::Location location;
  location.source = std::string(source);
  location.byte_offset = offset;
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  location.line = line;
  location.column = offset - line_start + 1;
  return location;
}

[[noreturn]] void fail(std::string_view text, std::string_view source, std::size_t offset,
                       const std::string& detail) {
  ParseError::Location location = locate(text, source, offset);
  std::string message;
  if (source.empty()) {
    message = fmt::format("invalid JSON at line {}, column {} (byte {}): {}", *location.line,
                          *location.column, offset, detail);
  } else {
    message = fmt::format("{}:{}:{}: invalid JSON: {}", source, *location.line, *location.column,
                          detail);
  }
  throw ParseError(message, std::move(location));
}

// Returns the length of the UTF-8 sequence starting at `position`, or
// nothing when it is malformed, overlong, a surrogate or above U+10FFFF.
std::optional<std::size_t> utf8_sequence_length(std::string_view text, std::size_t position) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(position);
  std::size_t length = 0;
  unsigned int code_point = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1FU;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0FU;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07U;
  } else {
    return std::nullopt;
  }
  if (position + length > text.size()) {
    return std::nullopt;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte(position + i);
    if ((continuation & 0xC0U) != 0x80U) {
      return std::nullopt;
    }
    code_point = (code_point << 6U) | (continuation & 0x3FU);
  }
  const bool overlong = (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) {
    return std::nullopt;
  }
  return length;
}

// Checks a number token that starts at `position` and returns its length.
// JSON allows any size, but an integer is kept exactly only within 64 bits,
// and a float only within the range of a double; anything else would be
// changed silently, so it is rejected.
std::size_t check_number(std::string_view text, std::string_view source, std::size_t position) {
  std::size_t end = position;
  bool is_integer = true;
  while (end < text.size() && std::string_view("0123456789+-.eE").find(text[end]) !=
                                  std::string_view::npos) {
    is_integer = is_integer && text[end] != '.' && text[end] != 'e' && text[end] != 'E';
    ++end;
  }
  const std::string token(text.substr(position, end - position));
  if (is_integer) {
    std::int64_t signed_value = 0;
    std::uint64_t unsigned_value = 0;
    const char* first = token.data();
    const char* last = token.data() + token.size();
    const bool fits = std::from_chars(first, last, signed_value).ec == std::errc{} ||
                      (token[0] != '-' &&
                       std::from_chars(first, last, unsigned_value).ec == std::errc{});
    if (!fits && token.find_first_of("0123456789") != std::string::npos &&
        token.find_first_not_of("-0123456789") == std::string::npos) {
      fail(text, source, position,
           fmt::format("the integer {} is outside the 64-bit range that is kept exactly; "
                       "write it as a string",
                       token));
    }
  } else {
    errno = 0;
    const double value = std::strtod(token.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(value)) {
      fail(text, source, position,
           fmt::format("the number {} is outside the range of a double", token));
    }
  }
  return std::max<std::size_t>(end - position, 1);
}

// Checks what the JSON parser would accept but the archive must not: deep
// nesting, invalid UTF-8, `\u0000` and numbers that would lose their value.
// Brackets and digits inside strings do not count.
void prescan(std::string_view text, std::string_view source) {
  std::size_t depth = 0;
  bool in_string = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const auto length = utf8_sequence_length(text, i);
      if (!length) {
        fail(text, source, i, fmt::format("invalid UTF-8 byte 0x{:02X}", c));
      }
      i += *length;
      continue;
    }
    if (in_string) {
      if (c == '\\' && i + 1 < text.size()) {
        if (text[i + 1] == 'u' && text.substr(i + 2, 4) == "0000") {
          fail(text, source, i,
               "the escape \\u0000 is not allowed in strings because PostgreSQL jsonb cannot "
               "store it; remove the NUL character");
        }
        i += 2;
        continue;
      }
      if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      i += check_number(text, source, i);
      continue;
    } else if (c == '[' || c == '{') {
      ++depth;
      if (depth > max_document_depth) {
        fail(text, source, i,
             fmt::format("arrays and objects are nested deeper than the limit of {} levels",
                         max_document_depth));
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    ++i;
  }
}

// Returns the part of a parser message after nlohmann's "[json.exception...]
// parse error at line L, column C: " prefix, which repeats the location
// that the message already gives.
std::string parser_detail(const std::string& what) {
  const std::string_view marker = ": ";
  const auto parse_error = what.find("parse error");
  if (parse_error != std::string::npos) {
    const auto colon = what.find(marker, parse_error);
    if (colon != std::string::npos) {
      return what.substr(colon + marker.size());
    }
  }
  return what;
}

}  // namespace

Json parse_document(std::string_view text, std::string_view source) {
  prescan(text, source);
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& error) {
    // nlohmann counts bytes from 1 and points at the last byte it read.
    const std::size_t offset = error.byte == 0 ? 0 : std::min(error.byte - 1, text.size());
    fail(text, source, offset, parser_detail(error.what()));
  } catch (const Json::exception& error) {
    // The prescan rejects what nlohmann reports this way, such as a number
    // out of range; this keeps any case it missed a ParseError.
    fail(text, source, 0, error.what());
  }
}

}  // namespace ska::oda
