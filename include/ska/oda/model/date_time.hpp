#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <ska/oda/export.hpp>

namespace ska::oda::model {

/// An ISO 8601 date-time from a PDM document. The text is kept as written,
/// so that `Z`, `+00:00`, other offsets, a missing zone and malformed values
/// all round-trip, and is regenerated only when the time is changed.
class SKA_ODA_EXPORT DateTime {
public:
  using Time = std::chrono::sys_time<std::chrono::microseconds>;

  DateTime() = default;

  /// Keeps `text` and parses `YYYY-MM-DD[T ]HH:MM[:SS[.fraction]]` with an
  /// optional `Z` or `±HH:MM` / `±HHMM` offset. Never throws: text of any
  /// other form is kept and time() returns nothing. Digits of the fraction
  /// beyond microseconds are ignored.
  static DateTime parse(std::string text);

  /// Formats `time` at the UTC offset `offset`, as `...Z` when the offset is
  /// zero and `use_z` is set, else as `...+HH:MM`. Microseconds are written
  /// only when they are not zero.
  static DateTime from_time(Time time, std::chrono::minutes offset = std::chrono::minutes{0},
                            bool use_z = true);

  const std::string& text() const noexcept { return text_; }
  /// The instant in UTC, or nothing when the text is not a date-time. A
  /// value without a zone is taken as UTC.
  std::optional<Time> time() const noexcept { return time_; }
  /// The UTC offset as written, or nothing when the text has no zone or is
  /// not a date-time.
  std::optional<std::chrono::minutes> utc_offset() const noexcept { return offset_; }
  bool is_valid() const noexcept { return time_.has_value(); }

  /// Sets the instant and rewrites the text, keeping the original offset and
  /// its `Z` spelling when there was one.
  void set_time(Time time);

  friend bool operator==(const DateTime& a, const DateTime& b) { return a.text_ == b.text_; }

private:
  std::string text_;
  std::optional<Time> time_;
  std::optional<std::chrono::minutes> offset_;
  bool uses_z_ = false;
};

}  // namespace ska::oda::model
