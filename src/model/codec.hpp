#pragma once

// Conversions between JSON values and the C++ types of model fields. Each
// Codec<T> reads a value (returning nothing when the JSON does not fit T),
// writes it back, counts the scalars it keeps untyped and validates it.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/field.hpp>

#include "model/json_path.hpp"

namespace ska::oda::model::detail {

template <class T>
struct Codec;

/// A generated PDM object type: it has a layout and the members that
/// SKA_ODA_MODEL_OBJECT declares.
template <class T>
concept ModelObject = requires(const T& object, ProblemList& problems) {
  object.layout;
  object.untyped_leaf_count();
  object.collect_problems(problems, std::string());
};

/// A codec for scalars that need no validation beyond their type.
template <class T>
struct ScalarCodec {
  static constexpr bool keeps_original = false;
  static std::size_t untyped(const T&) { return 0; }
  static void check(const T&, ProblemList&, const std::string&) {}
};

template <>
struct Codec<std::string> : ScalarCodec<std::string> {
  static std::string expected() { return "string"; }
  static std::optional<std::string> read(const Json& json) {
    if (!json.is_string()) {
      return std::nullopt;
    }
    return json.get<std::string>();
  }
  static Json write(const std::string& value) { return value; }
};

template <>
struct Codec<std::int64_t> : ScalarCodec<std::int64_t> {
  static std::string expected() { return "integer"; }
  static std::optional<std::int64_t> read(const Json& json) {
    if (json.is_number_unsigned()) {
      const auto value = json.get<std::uint64_t>();
      if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return std::nullopt;
      }
      return static_cast<std::int64_t>(value);
    }
    if (json.is_number_integer()) {
      return json.get<std::int64_t>();
    }
    return std::nullopt;
  }
  static Json write(std::int64_t value) { return value; }
};

// A number keeps the JSON it was read from, so that 60000 stays an integer
// and 60000.0 a float as long as the value is not changed.
template <>
struct Codec<double> : ScalarCodec<double> {
  static constexpr bool keeps_original = true;
  static std::string expected() { return "number"; }
  static std::optional<double> read(const Json& json) {
    if (!json.is_number()) {
      return std::nullopt;
    }
    return json.get<double>();
  }
  static Json write(double value) { return value; }
};

template <>
struct Codec<bool> : ScalarCodec<bool> {
  static std::string expected() { return "boolean"; }
  static std::optional<bool> read(const Json& json) {
    if (!json.is_boolean()) {
      return std::nullopt;
    }
    return json.get<bool>();
  }
  static Json write(bool value) { return value; }
};

// Free-form JSON, such as SDP script parameters: any value is typed.
template <>
struct Codec<Json> : ScalarCodec<Json> {
  static std::string expected() { return "any JSON value"; }
  static std::optional<Json> read(const Json& json) { return json; }
  static Json write(const Json& value) { return value; }
};

template <>
struct Codec<DateTime> : ScalarCodec<DateTime> {
  static std::string expected() { return "date-time string"; }
  static std::optional<DateTime> read(const Json& json) {
    if (!json.is_string()) {
      return std::nullopt;
    }
    return DateTime::parse(json.get<std::string>());
  }
  static Json write(const DateTime& value) { return value.text(); }
  static void check(const DateTime& value, ProblemList& problems, const std::string& path) {
    if (!value.is_valid()) {
      problems.push_back({path, "invalid date-time " + quote(value.text()) +
                                    "; expected ISO 8601 such as 2024-07-02T18:01:47.873431Z"});
    }
  }
};

template <class T>
struct Codec<std::vector<T>> {
  static constexpr bool keeps_original = Codec<T>::keeps_original;
  static std::string expected() { return "array"; }
  static std::optional<std::vector<T>> read(const Json& json) {
    if (!json.is_array()) {
      return std::nullopt;
    }
    std::vector<T> values;
    values.reserve(json.size());
    for (const auto& element : json) {
      auto value = Codec<T>::read(element);
      if (!value) {
        return std::nullopt;
      }
      values.push_back(std::move(*value));
    }
    return values;
  }
  static Json write(const std::vector<T>& values) {
    Json json = Json::array();
    for (const auto& value : values) {
      json.push_back(Codec<T>::write(value));
    }
    return json;
  }
  static std::size_t untyped(const std::vector<T>& values) {
    std::size_t count = 0;
    for (const auto& value : values) {
      count += Codec<T>::untyped(value);
    }
    return count;
  }
  static void check(const std::vector<T>& values, ProblemList& problems, const std::string& path) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      Codec<T>::check(values[i], problems, index_path(path, i));
    }
  }
};

template <class T>
struct Codec<NamedMap<T>> {
  static constexpr bool keeps_original = false;
  static std::string expected() { return "object"; }
  static std::optional<NamedMap<T>> read(const Json& json) {
    if (!json.is_object()) {
      return std::nullopt;
    }
    NamedMap<T> map;
    for (auto it = json.begin(); it != json.end(); ++it) {
      auto value = Codec<T>::read(it.value());
      if (!value) {
        return std::nullopt;
      }
      map.entries.emplace_back(it.key(), std::move(*value));
    }
    return map;
  }
  static Json write(const NamedMap<T>& map) {
    Json json = Json::object();
    for (const auto& [key, value] : map.entries) {
      json[key] = Codec<T>::write(value);
    }
    return json;
  }
  static std::size_t untyped(const NamedMap<T>& map) {
    std::size_t count = 0;
    for (const auto& entry : map.entries) {
      count += Codec<T>::untyped(entry.second);
    }
    return count;
  }
  static void check(const NamedMap<T>& map, ProblemList& problems, const std::string& path) {
    for (const auto& [key, value] : map.entries) {
      Codec<T>::check(value, problems, member_path(path, key));
    }
  }
};

template <ModelObject T>
struct Codec<T> {
  static constexpr bool keeps_original = false;
  static std::string expected() { return "object"; }
  static std::optional<T> read(const Json& json) {
    if (!json.is_object()) {
      return std::nullopt;
    }
    return T::from_json(json);
  }
  static Json write(const T& value) { return value.to_json(); }
  static std::size_t untyped(const T& value) { return value.untyped_leaf_count(); }
  static void check(const T& value, ProblemList& problems, const std::string& path) {
    value.collect_problems(problems, path);
  }
};

/// A tagged union: std::variant over alternatives that each declare
/// `tag_key` (the discriminator member, such as "kind") and `tags` (the
/// values that select it), ending with UnknownAlternative.
template <class... Alternatives>
struct Codec<std::variant<Alternatives...>> {
  using Variant = std::variant<Alternatives...>;
  using First = std::variant_alternative_t<0, Variant>;
  static constexpr std::string_view tag_key = First::tag_key;
  static constexpr bool keeps_original = false;

  static std::string expected() { return "object"; }

  static std::optional<Variant> read(const Json& json) {
    if (!json.is_object()) {
      return std::nullopt;
    }
    const auto tag = json.find(std::string(tag_key));
    if (tag != json.end() && tag->is_string()) {
      const auto& name = tag->template get_ref<const std::string&>();
      std::optional<Variant> result;
      (try_alternative<Alternatives>(json, name, result), ...);
      if (result) {
        return result;
      }
    }
    return Variant{UnknownAlternative{json}};
  }

  static Json write(const Variant& value) {
    return std::visit(
        [](const auto& alternative) -> Json {
          if constexpr (std::is_same_v<std::decay_t<decltype(alternative)>, UnknownAlternative>) {
            return alternative.object;
          } else {
            return alternative.to_json();
          }
        },
        value);
  }

  static std::size_t untyped(const Variant& value) {
    return std::visit(
        [](const auto& alternative) -> std::size_t {
          if constexpr (std::is_same_v<std::decay_t<decltype(alternative)>, UnknownAlternative>) {
            return count_leaves(alternative.object);
          } else {
            return alternative.untyped_leaf_count();
          }
        },
        value);
  }

  static void check(const Variant& value, ProblemList& problems, const std::string& path) {
    std::visit(
        [&](const auto& alternative) {
          if constexpr (std::is_same_v<std::decay_t<decltype(alternative)>, UnknownAlternative>) {
            check_unknown(alternative.object, problems, path);
          } else {
            alternative.collect_problems(problems, path);
          }
        },
        value);
  }

private:
  template <class Alternative>
  static void try_alternative(const Json& json, const std::string& name,
                              std::optional<Variant>& result) {
    if constexpr (!std::is_same_v<Alternative, UnknownAlternative>) {
      if (result) {
        return;
      }
      for (std::string_view tag : Alternative::tags) {
        if (tag == name) {
          result = Variant{Alternative::from_json(json)};
          return;
        }
      }
    }
  }

  static std::string known_tags() {
    std::string listed;
    auto append = [&listed]<class Alternative>(Alternative*) {
      if constexpr (!std::is_same_v<Alternative, UnknownAlternative>) {
        for (std::string_view tag : Alternative::tags) {
          listed += listed.empty() ? "" : ", ";
          listed += tag;
        }
      }
    };
    (append(static_cast<Alternatives*>(nullptr)), ...);
    return listed;
  }

  static void check_unknown(const Json& object, ProblemList& problems, const std::string& path) {
    const auto tag = object.find(std::string(tag_key));
    const std::string tag_path = member_path(path, tag_key);
    if (tag == object.end()) {
      problems.push_back({tag_path, "missing required field; expected one of: " + known_tags()});
    } else if (!tag->is_string()) {
      problems.push_back({tag_path, "expected string, got " + std::string(json_type_name(*tag))});
    } else {
      problems.push_back({tag_path, "unknown " + std::string(tag_key) + " " +
                                        quote(tag->template get_ref<const std::string&>()) +
                                        "; expected one of: " + known_tags()});
    }
  }
};

/// Reads one member's JSON value into its field.
template <class T>
void read_field(const Json& json, Field<T>& field) {
  if (json.is_null()) {
    field.set_null();
    return;
  }
  auto value = Codec<T>::read(json);
  if (!value) {
    field.set_mismatched(json);
  } else if constexpr (Codec<T>::keeps_original) {
    field.set_read(std::move(*value), json);
  } else {
    field.set(std::move(*value));
  }
}

/// Writes a field that is not absent.
template <class T>
Json write_field(const Field<T>& field) {
  switch (field.state()) {
    case FieldState::null:
    case FieldState::absent:
      return nullptr;
    case FieldState::mismatched:
      return field.raw();
    case FieldState::value:
      break;
  }
  if constexpr (Codec<T>::keeps_original) {
    if (!field.raw().is_null()) {
      const auto original = Codec<T>::read(field.raw());
      if (original && *original == *field.get()) {
        return field.raw();
      }
    }
  }
  return Codec<T>::write(*field.get());
}

}  // namespace ska::oda::model::detail
