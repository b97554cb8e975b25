#pragma once

#include <cstddef>
#include <string_view>

#include <ska/oda/export.hpp>
#include <ska/oda/json.hpp>

namespace ska::oda {

/// Maximum nesting depth of arrays and objects that parse_document()
/// accepts. PDM documents nest about 10 levels; the limit keeps recursive
/// code that walks a document far from the end of the stack.
inline constexpr std::size_t max_document_depth = 256;

/// Parses a JSON document, keeping the order of object keys.
///
/// Before the JSON parser runs, rejects text nested deeper than
/// max_document_depth, text that is not valid UTF-8, and the escape `\u0000`
/// in any string, because PostgreSQL's jsonb cannot store it.
/// Throws ParseError with the byte offset, line and column of the offending
/// byte; `source` (such as a file name) starts the message when given.
SKA_ODA_EXPORT Json parse_document(std::string_view text, std::string_view source = {});

}  // namespace ska::oda
