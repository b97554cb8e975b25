#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <ska/oda/json.hpp>

namespace ska::oda::model::detail {

/// Appends an object member to a JSON path: `$.targets`, or `$["odd key"]`
/// when the key is not an identifier.
std::string member_path(const std::string& path, std::string_view key);

/// Appends an array index to a JSON path: `$.targets[2]`.
std::string index_path(const std::string& path, std::size_t index);

/// Names a JSON value's type for messages: "string", "integer", "object"...
std::string_view json_type_name(const Json& value);

/// Counts the scalar values (null, boolean, number, string) in `value`,
/// without recursion, so that any nesting depth is safe.
std::size_t count_leaves(const Json& value);

/// Quotes a string for a message, as JSON does.
std::string quote(std::string_view text);

}  // namespace ska::oda::model::detail
