#pragma once

#include <nlohmann/json.hpp>

namespace ska::oda {

/// A JSON value that keeps the order of object keys as read.
using Json = nlohmann::ordered_json;

}  // namespace ska::oda
