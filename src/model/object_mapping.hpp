#pragma once

// The one-table-per-type machinery behind every PDM object. A source file
// specializes Mapping<T> with the JSON name, member pointer and rules of each
// field, then SKA_ODA_DEFINE_MODEL_OBJECT(T) defines from_json(), to_json(),
// collect_problems() and untyped_leaf_count() from that table.

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include <ska/oda/model/field.hpp>

#include "model/codec.hpp"
#include "model/json_path.hpp"

namespace ska::oda::model::detail {

enum MemberFlags : unsigned {
  no_flags = 0,
  /// The current model has no default for the member.
  required = 1U << 0,
  /// The member belongs to an older PDM version. It is typed so that older
  /// documents read well, and validation reports it.
  legacy = 1U << 1,
};

/// One row of a type's member table.
template <class Object, class T>
struct Member {
  std::string_view name;
  Field<T> Object::*field;
  unsigned flags = no_flags;
  /// For string members, the values that the current model accepts.
  std::span<const std::string_view> allowed{};
};

template <class Object, class T>
constexpr Member<Object, T> member(std::string_view name, Field<T> Object::*field,
                                   unsigned flags = no_flags,
                                   std::span<const std::string_view> allowed = {}) {
  return {name, field, flags, allowed};
}

/// Specialized per type with `static constexpr auto members = std::tuple{...}`
/// and optionally `static void check(const T&, ProblemList&, const std::string&)`
/// for rules that span members.
template <class Object>
struct Mapping;

template <class Tuple, class Function>
void for_each_member(const Tuple& members, Function&& function) {
  std::apply(
      [&](const auto&... member) {
        std::size_t index = 0;
        (function(index++, member), ...);
      },
      members);
}

template <class Object>
Object read_object(const Json& json) {
  if (!json.is_object()) {
    throw ValidationError("expected a JSON object, got " + std::string(json_type_name(json)),
                          {{"$", "expected object, got " + std::string(json_type_name(json))}});
  }
  Object object;
  object.layout.key_order.reserve(json.size());
  for (auto it = json.begin(); it != json.end(); ++it) {
    const std::string& key = it.key();
    object.layout.key_order.push_back(key);
    bool known = false;
    for_each_member(Mapping<Object>::members, [&](std::size_t, const auto& member) {
      if (!known && member.name == key) {
        read_field(it.value(), object.*(member.field));
        known = true;
      }
    });
    if (!known) {
      object.layout.unknown[key] = it.value();
    }
  }
  return object;
}

template <class Object>
Json write_object(const Object& object) {
  constexpr std::size_t member_count = std::tuple_size_v<decltype(Mapping<Object>::members)>;
  std::array<bool, member_count> written{};
  Json json = Json::object();

  auto write_member = [&](std::size_t index, const auto& member) {
    written[index] = true;
    const auto& field = object.*(member.field);
    if (!field.is_absent()) {
      json[std::string(member.name)] = write_field(field);
    }
  };

  // Keys in the order they were read, known and unknown interleaved.
  for (const std::string& key : object.layout.key_order) {
    bool known = false;
    for_each_member(Mapping<Object>::members, [&](std::size_t index, const auto& member) {
      if (!known && member.name == key) {
        known = true;
        if (!written[index]) {
          write_member(index, member);
        }
      }
    });
    if (!known) {
      const auto unknown = object.layout.unknown.find(key);
      if (unknown != object.layout.unknown.end() && !json.contains(key)) {
        json[key] = *unknown;
      }
    }
  }

  // Then members set in code, in declaration order, and unknown members
  // added in code.
  for_each_member(Mapping<Object>::members, [&](std::size_t index, const auto& member) {
    if (!written[index]) {
      write_member(index, member);
    }
  });
  for (auto it = object.layout.unknown.begin(); it != object.layout.unknown.end(); ++it) {
    if (!json.contains(it.key())) {
      json[it.key()] = it.value();
    }
  }
  return json;
}

template <class Object>
std::size_t count_untyped(const Object& object) {
  std::size_t count = count_leaves(object.layout.unknown);
  for_each_member(Mapping<Object>::members, [&](std::size_t, const auto& member) {
    const auto& field = object.*(member.field);
    if (field.is_mismatched()) {
      count += count_leaves(field.raw());
    } else if (field.has_value()) {
      using Value = std::decay_t<decltype(*field.get())>;
      count += Codec<Value>::untyped(*field.get());
    }
  });
  return count;
}

template <class Value>
void check_allowed(const Value& value, std::span<const std::string_view> allowed,
                   ProblemList& problems, const std::string& path) {
  if constexpr (std::is_same_v<Value, std::string>) {
    if (allowed.empty()) {
      return;
    }
    for (std::string_view candidate : allowed) {
      if (candidate == value) {
        return;
      }
    }
    std::string listed;
    for (std::string_view candidate : allowed) {
      listed += listed.empty() ? "" : ", ";
      listed += candidate;
    }
    problems.push_back({path, "unknown value " + quote(value) + "; expected one of: " + listed});
  }
}

template <class Object>
void check_object(const Object& object, ProblemList& problems, const std::string& path) {
  for (auto it = object.layout.unknown.begin(); it != object.layout.unknown.end(); ++it) {
    problems.push_back({member_path(path, it.key()), "unknown field; the current model has no such member"});
  }
  for_each_member(Mapping<Object>::members, [&](std::size_t, const auto& member) {
    const auto& field = object.*(member.field);
    const std::string member_location = member_path(path, member.name);
    using Value = std::decay_t<decltype(*field.get())>;
    switch (field.state()) {
      case FieldState::absent:
        if ((member.flags & required) != 0) {
          problems.push_back({member_location, "missing required field"});
        }
        return;
      case FieldState::null:
        return;
      case FieldState::mismatched:
        problems.push_back({member_location, "expected " + Codec<Value>::expected() + ", got " +
                                                 std::string(json_type_name(field.raw()))});
        return;
      case FieldState::value:
        break;
    }
    if ((member.flags & legacy) != 0) {
      problems.push_back({member_location, "field of an older PDM version; the current model has no such member"});
    }
    check_allowed(*field.get(), member.allowed, problems, member_location);
    Codec<Value>::check(*field.get(), problems, member_location);
  });
  if constexpr (requires { Mapping<Object>::check(object, problems, path); }) {
    Mapping<Object>::check(object, problems, path);
  }
}

/// Reports a union tag that selects an alternative but is not the current
/// model's spelling, such as "horizontal" where the model writes "altaz".
inline void check_current_tag(const Field<std::string>& tag, std::string_view key,
                              std::span<const std::string_view> current, ProblemList& problems,
                              const std::string& path) {
  const std::string* value = tag.get();
  if (value == nullptr) {
    return;
  }
  for (std::string_view candidate : current) {
    if (candidate == *value) {
      return;
    }
  }
  std::string listed;
  for (std::string_view candidate : current) {
    listed += listed.empty() ? "" : ", ";
    listed += candidate;
  }
  problems.push_back({member_path(path, key), std::string(key) + " " + quote(*value) +
                                                  " is from an older PDM version; the current model accepts: " +
                                                  listed});
}

}  // namespace ska::oda::model::detail

#define SKA_ODA_DEFINE_MODEL_OBJECT(Type)                                                    \
  Type Type::from_json(const ::ska::oda::Json& json) {                                       \
    return ::ska::oda::model::detail::read_object<Type>(json);                               \
  }                                                                                          \
  ::ska::oda::Json Type::to_json() const {                                                   \
    return ::ska::oda::model::detail::write_object(*this);                                   \
  }                                                                                          \
  void Type::collect_problems(::ska::oda::model::ProblemList& problems,                      \
                              const std::string& json_path) const {                          \
    ::ska::oda::model::detail::check_object(*this, problems, json_path);                     \
  }                                                                                          \
  std::size_t Type::untyped_leaf_count() const {                                             \
    return ::ska::oda::model::detail::count_untyped(*this);                                  \
  }
