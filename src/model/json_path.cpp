#include "model/json_path.hpp"

#include <vector>

namespace ska::oda::model::detail {

namespace {

bool is_identifier(std::string_view key) {
  if (key.empty()) {
    return false;
  }
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const bool digit = c >= '0' && c <= '9';
    if (!letter && !(digit && i > 0)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string member_path(const std::string& path, std::string_view key) {
  if (is_identifier(key)) {
    return path + "." + std::string(key);
  }
  return path + "[" + quote(key) + "]";
}

std::string index_path(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

std::string_view json_type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
      return "integer";
    case Json::value_t::number_float:
      return "number";
    case Json::value_t::string:
      return "string";
    case Json::value_t::array:
      return "array";
    case Json::value_t::object:
      return "object";
    default:
      return "unknown";
  }
}

std::size_t count_leaves(const Json& value) {
  std::size_t leaves = 0;
  std::vector<const Json*> pending{&value};
  while (!pending.empty()) {
    const Json* current = pending.back();
    pending.pop_back();
    if (current->is_structured()) {
      for (const auto& child : *current) {
        pending.push_back(&child);
      }
    } else {
      ++leaves;
    }
  }
  return leaves;
}

std::string quote(std::string_view text) {
  return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace ska::oda::model::detail
