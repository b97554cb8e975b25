#pragma once

#include <optional>
#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/json.hpp>

namespace ska::oda {

/// The first place where two JSON values differ.
struct JsonDifference {
  /// JSON path such as `$.targets[0].name`.
  std::string path;
  /// The value in the first document at `path`, or discarded when absent.
  Json expected;
  /// The value in the second document at `path`, or discarded when absent.
  Json actual;
  /// Why they differ: "different value", "integer written as float"...
  std::string reason;
};

/// Compares two documents strictly: object keys must be in the same order,
/// and an integer differs from a float of the same value, while numbers of
/// the same kind compare by value. Returns nothing when they are the same.
/// Walks without recursion, so that any nesting depth is safe.
SKA_ODA_EXPORT std::optional<JsonDifference> first_difference(const Json& expected,
                                                              const Json& actual);

}  // namespace ska::oda
