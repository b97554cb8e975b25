#include <ska/oda/model/json_difference.hpp>

#include <vector>

#include "model/json_path.hpp"

namespace ska::oda {

namespace {

enum class Category { null, boolean, integer, floating, string, array, object, other };

Category category_of(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return Category::null;
    case Json::value_t::boolean:
      return Category::boolean;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
      return Category::integer;
    case Json::value_t::number_float:
      return Category::floating;
    case Json::value_t::string:
      return Category::string;
    case Json::value_t::array:
      return Category::array;
    case Json::value_t::object:
      return Category::object;
    default:
      return Category::other;
  }
}

struct Pending {
  const Json* expected;
  const Json* actual;
  std::string path;
  /// A difference to report once everything pushed after it matched.
  std::optional<JsonDifference> deferred;
};

Json absent() { return Json(Json::value_t::discarded); }

}  // namespace

std::optional<JsonDifference> first_difference(const Json& expected, const Json& actual) {
  using model::detail::index_path;
  using model::detail::member_path;

  std::vector<Pending> pending{{&expected, &actual, "$", std::nullopt}};
  while (!pending.empty()) {
    Pending current = std::move(pending.back());
    pending.pop_back();
    if (current.deferred) {
      return current.deferred;
    }
    const Json& left = *current.expected;
    const Json& right = *current.actual;

    const Category left_category = category_of(left);
    const Category right_category = category_of(right);
    if (left_category != right_category) {
      std::string reason = "different type";
      if (left_category == Category::integer && right_category == Category::floating) {
        reason = "integer written as float";
      } else if (left_category == Category::floating && right_category == Category::integer) {
        reason = "float written as integer";
      }
      return JsonDifference{current.path, left, right, reason};
    }

    if (left_category == Category::object) {
      auto left_it = left.begin();
      auto right_it = right.begin();
      std::vector<Pending> children;
      for (; left_it != left.end() && right_it != right.end(); ++left_it, ++right_it) {
        if (left_it.key() != right_it.key()) {
          const std::string path = member_path(current.path, left_it.key());
          if (!right.contains(left_it.key())) {
            return JsonDifference{path, left_it.value(), absent(), "member missing"};
          }
          return JsonDifference{path, left_it.value(), right.at(left_it.key()),
                                "member out of order; found " + right_it.key() + " here"};
        }
        children.push_back({&left_it.value(), &right_it.value(),
                            member_path(current.path, left_it.key()), std::nullopt});
      }
      if (left_it != left.end()) {
        return JsonDifference{member_path(current.path, left_it.key()), left_it.value(), absent(),
                              "member missing"};
      }
      if (right_it != right.end()) {
        return JsonDifference{member_path(current.path, right_it.key()), absent(),
                              right_it.value(), "member added"};
      }
      // Pushed in reverse so that the first member is compared first.
      for (auto it = children.rbegin(); it != children.rend(); ++it) {
        pending.push_back(std::move(*it));
      }
    } else if (left_category == Category::array) {
      const std::size_t common = std::min(left.size(), right.size());
      if (left.size() != right.size()) {
        // Reported only when the common elements match.
        const std::size_t index = common;
        pending.push_back({nullptr, nullptr, {},
                           JsonDifference{index_path(current.path, index),
                                          index < left.size() ? left[index] : absent(),
                                          index < right.size() ? right[index] : absent(),
                                          "arrays differ in length"}});
      }
      for (std::size_t i = common; i > 0; --i) {
        pending.push_back(
            {&left[i - 1], &right[i - 1], index_path(current.path, i - 1), std::nullopt});
      }
    } else if (left != right) {
      return JsonDifference{current.path, left, right, "different value"};
    }
  }
  return std::nullopt;
}

}  // namespace ska::oda
