#include <ska/oda/model/date_time.hpp>

#include <cstdlib>

#include <fmt/format.h>

namespace ska::oda::model {

namespace {

using namespace std::chrono;

// Reads exactly `count` decimal digits at `position` and advances past them.
std::optional<int> read_digits(std::string_view text, std::size_t& position, std::size_t count) {
  if (position + count > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const char c = text[position + i];
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  position += count;
  return value;
}

bool consume(std::string_view text, std::size_t& position, char expected) {
  if (position < text.size() && text[position] == expected) {
    ++position;
    return true;
  }
  return false;
}

struct Parsed {
  DateTime::Time time;
  std::optional<minutes> offset;
  bool uses_z = false;
};

std::optional<Parsed> parse_text(std::string_view text) {
  std::size_t position = 0;
  const auto year = read_digits(text, position, 4);
  if (!year || !consume(text, position, '-')) {
    return std::nullopt;
  }
  const auto month = read_digits(text, position, 2);
  if (!month || !consume(text, position, '-')) {
    return std::nullopt;
  }
  const auto day = read_digits(text, position, 2);
  if (!day || (!consume(text, position, 'T') && !consume(text, position, ' ') &&
               !consume(text, position, 't'))) {
    return std::nullopt;
  }
  const year_month_day date{std::chrono::year{*year},
                            std::chrono::month{static_cast<unsigned>(*month)},
                            std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) {
    return std::nullopt;
  }

  const auto hour = read_digits(text, position, 2);
  if (!hour || !consume(text, position, ':')) {
    return std::nullopt;
  }
  const auto minute = read_digits(text, position, 2);
  if (!minute || *hour > 23 || *minute > 59) {
    return std::nullopt;
  }
  int second = 0;
  long long micros = 0;
  if (consume(text, position, ':')) {
    const auto parsed_second = read_digits(text, position, 2);
    // 60 allows a leap second; it is counted as the next minute's first.
    if (!parsed_second || *parsed_second > 60) {
      return std::nullopt;
    }
    second = *parsed_second;
    if (consume(text, position, '.')) {
      std::size_t digits = 0;
      while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
        if (digits < 6) {
          micros = micros * 10 + (text[position] - '0');
        }
        ++digits;
        ++position;
      }
      if (digits == 0) {
        return std::nullopt;
      }
      for (std::size_t i = digits; i < 6; ++i) {
        micros *= 10;
      }
    }
  }

  Parsed parsed;
  if (position < text.size() && (text[position] == 'Z' || text[position] == 'z')) {
    ++position;
    parsed.offset = minutes{0};
    parsed.uses_z = true;
  } else if (position < text.size() && (text[position] == '+' || text[position] == '-')) {
    const int sign = text[position] == '-' ? -1 : 1;
    ++position;
    const auto offset_hours = read_digits(text, position, 2);
    consume(text, position, ':');
    const auto offset_minutes = read_digits(text, position, 2);
    if (!offset_hours || !offset_minutes || *offset_hours > 23 || *offset_minutes > 59) {
      return std::nullopt;
    }
    parsed.offset = minutes{sign * (*offset_hours * 60 + *offset_minutes)};
  }
  if (position != text.size()) {
    return std::nullopt;
  }

  const auto local = sys_days{date} + hours{*hour} + minutes{*minute} + seconds{second} +
                     microseconds{micros};
  parsed.time = local - parsed.offset.value_or(minutes{0});
  return parsed;
}

std::string format_time(DateTime::Time time, minutes offset, bool use_z) {
  const auto local = time + offset;
  const auto day_point = floor<days>(local);
  const year_month_day date{day_point};
  const hh_mm_ss clock{local - day_point};
  std::string text = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
                                 static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                                 static_cast<unsigned>(date.day()), clock.hours().count(),
                                 clock.minutes().count(), clock.seconds().count());
  if (clock.subseconds().count() != 0) {
    text += fmt::format(".{:06}", clock.subseconds().count());
  }
  if (offset == minutes{0} && use_z) {
    text += 'Z';
  } else {
    const auto magnitude = offset < minutes{0} ? -offset : offset;
    text += fmt::format("{}{:02}:{:02}", offset < minutes{0} ? '-' : '+', magnitude.count() / 60,
                        magnitude.count() % 60);
  }
  return text;
}

}  // namespace

DateTime DateTime::parse(std::string text) {
  DateTime result;
  if (const auto parsed = parse_text(text)) {
    result.time_ = parsed->time;
    result.offset_ = parsed->offset;
    result.uses_z_ = parsed->uses_z;
  }
  result.text_ = std::move(text);
  return result;
}

DateTime DateTime::from_time(Time time, minutes offset, bool use_z) {
  DateTime result;
  result.time_ = time;
  result.offset_ = offset;
  result.uses_z_ = use_z && offset == minutes{0};
  result.text_ = format_time(time, offset, use_z);
  return result;
}

void DateTime::set_time(Time time) {
  // A value that had no zone or was malformed gets `Z`: the archive writes
  // UTC, as pydantic does.
  const minutes offset = offset_.value_or(minutes{0});
  const bool use_z = uses_z_ || !offset_.has_value();
  *this = from_time(time, offset, use_z);
}

}  // namespace ska::oda::model
