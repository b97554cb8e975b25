#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <ska/oda/error.hpp>
#include <ska/oda/export.hpp>
#include <ska/oda/json.hpp>

namespace ska::oda::model {

/// The state of a member of a PDM object, as read from the document.
enum class FieldState {
  /// The key was not in the object.
  absent,
  /// The key was present with the value null.
  null,
  /// The value was read into the field's C++ type.
  value,
  /// The value did not fit the C++ type, such as a number where the model
  /// has a string. It is kept as raw JSON and written back unchanged.
  mismatched,
};

/// One member of a PDM object: absent, null, a typed value, or the raw JSON
/// of a value that does not fit T. Writing a field back yields the JSON it
/// was read from unless the value was changed.
template <class T>
class Field {
public:
  Field() = default;
  Field(T value) : state_(FieldState::value), value_(std::move(value)) {}  // NOLINT: implicit by design

  FieldState state() const noexcept { return state_; }
  bool has_value() const noexcept { return state_ == FieldState::value; }
  bool is_absent() const noexcept { return state_ == FieldState::absent; }
  bool is_null() const noexcept { return state_ == FieldState::null; }
  bool is_mismatched() const noexcept { return state_ == FieldState::mismatched; }

  /// Returns the typed value, or nullptr when the field contains none.
  const T* get() const noexcept { return has_value() ? &*value_ : nullptr; }
  T* get() noexcept { return has_value() ? &*value_ : nullptr; }

  /// Returns the typed value. Throws UsageError when the field contains none.
  const T& value() const {
    if (!has_value()) {
      throw UsageError("the field contains no typed value; check has_value() first");
    }
    return *value_;
  }

  /// Returns the value, or `fallback` when the field contains none.
  T value_or(T fallback) const { return has_value() ? *value_ : std::move(fallback); }

  /// The raw JSON of a mismatched value. For a number, the JSON it was read
  /// from, so that 60000 and 60000.0 are written back as read. Otherwise null.
  const Json& raw() const noexcept { return raw_; }

  void set(T value) {
    state_ = FieldState::value;
    value_ = std::move(value);
    raw_ = nullptr;
  }
  void set_null() {
    state_ = FieldState::null;
    value_.reset();
    raw_ = nullptr;
  }
  void reset() {
    state_ = FieldState::absent;
    value_.reset();
    raw_ = nullptr;
  }
  void set_mismatched(Json raw) {
    state_ = FieldState::mismatched;
    value_.reset();
    raw_ = std::move(raw);
  }
  /// Stores a value read from `original`, which is written back as long as
  /// the value still equals what was read.
  void set_read(T value, Json original) {
    state_ = FieldState::value;
    value_ = std::move(value);
    raw_ = std::move(original);
  }

private:
  FieldState state_ = FieldState::absent;
  std::optional<T> value_;
  Json raw_;
};

/// The key order and the unknown members of one JSON object, so that an
/// object is written back with its keys in the order they were read.
struct ObjectLayout {
  /// Every key of the object as read, known and unknown, in order.
  std::vector<std::string> key_order;
  /// Members that the model does not declare, in their original order.
  Json unknown = Json::object();
};

/// A JSON object whose keys are names chosen by the document's author, such
/// as the activities of an SBDefinition, with values of one model type.
template <class T>
struct NamedMap {
  std::vector<std::pair<std::string, T>> entries;

  const T* find(std::string_view name) const {
    for (const auto& [key, value] : entries) {
      if (key == name) {
        return &value;
      }
    }
    return nullptr;
  }
};

/// The fallback alternative of a tagged union: an object whose tag is
/// missing or names no alternative that the model defines. The object is kept
/// intact and written back unchanged.
struct UnknownAlternative {
  Json object;
};

/// Problems found by validation, each located by a JSON path.
using ProblemList = std::vector<ValidationProblem>;

}  // namespace ska::oda::model

/// Declares the members that every PDM object type has: its layout and the
/// conversions that src/model/object_mapping.hpp defines from one member
/// table per type. from_json() reads leniently: values that do not fit their
/// type are kept raw and reported later by collect_problems().
#define SKA_ODA_MODEL_OBJECT(Type)                                                        \
  ::ska::oda::model::ObjectLayout layout;                                                 \
  /** Reads a JSON object. Throws ValidationError when `json` is not an object. */        \
  static Type from_json(const ::ska::oda::Json& json);                                    \
  ::ska::oda::Json to_json() const;                                                       \
  /** Appends the problems against the current model, with paths below `json_path`. */       \
  void collect_problems(::ska::oda::model::ProblemList& problems,                         \
                        const std::string& json_path) const;                              \
  /** Counts the scalar values kept as unknown or mismatched JSON. */                     \
  std::size_t untyped_leaf_count() const
