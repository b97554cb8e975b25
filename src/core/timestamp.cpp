#include <ska/oda/timestamp.hpp>

#include <charconv>

#include <fmt/format.h>

namespace ska::oda {

std::string format_timestamp(Timestamp timestamp) {
  const auto day = std::chrono::floor<std::chrono::days>(timestamp);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{timestamp - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                     time.hours().count(), time.minutes().count(), time.seconds().count(),
                     time.subseconds().count());
}

namespace {

// Reads exactly `width` decimal digits at `position`, advancing it.
std::optional<int> read_digits(std::string_view text, std::size_t& position, std::size_t width) {
  if (position + width > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  const char* first = text.data() + position;
  const auto [end, error] = std::from_chars(first, first + width, value);
  if (error != std::errc{} || end != first + width) {
    return std::nullopt;
  }
  position += width;
  return value;
}

bool consume(std::string_view text, std::size_t& position, char expected) {
  if (position < text.size() && text[position] == expected) {
    ++position;
    return true;
  }
  return false;
}

}  // namespace

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  std::size_t position = 0;
  // Year 0 does not exist in PostgreSQL's calendar, so years start at 1.
  const auto year = read_digits(text, position, 4);
  if (!year || *year < 1 || !consume(text, position, '-')) return std::nullopt;
  const auto month = read_digits(text, position, 2);
  if (!month || !consume(text, position, '-')) return std::nullopt;
  const auto day = read_digits(text, position, 2);
  if (!day) return std::nullopt;

  const std::chrono::year_month_day date{std::chrono::year{*year},
                                         std::chrono::month{static_cast<unsigned>(*month)},
                                         std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) {
    return std::nullopt;
  }
  Timestamp result{std::chrono::sys_days{date}};
  if (position == text.size()) {
    return result;
  }

  if (!consume(text, position, 'T') && !consume(text, position, ' ')) return std::nullopt;
  const auto hours = read_digits(text, position, 2);
  if (!hours || *hours > 23 || !consume(text, position, ':')) return std::nullopt;
  const auto minutes = read_digits(text, position, 2);
  if (!minutes || *minutes > 59) return std::nullopt;
  result += std::chrono::hours{*hours} + std::chrono::minutes{*minutes};

  if (consume(text, position, ':')) {
    const auto seconds = read_digits(text, position, 2);
    if (!seconds || *seconds > 60) return std::nullopt;
    result += std::chrono::seconds{*seconds};
    if (consume(text, position, '.')) {
      // Up to six fractional digits count; further digits are below the
      // microsecond resolution and are ignored.
      long long micros = 0;
      std::size_t digits = 0;
      while (position < text.size() && text[position] >= '0' && text[position] <= '9') {
        if (digits < 6) {
          micros = micros * 10 + (text[position] - '0');
        }
        ++digits;
        ++position;
      }
      if (digits == 0) return std::nullopt;
      for (std::size_t padding = digits; padding < 6; ++padding) micros *= 10;
      result += std::chrono::microseconds{micros};
    }
  }

  if (position == text.size() || consume(text, position, 'Z')) {
    return position == text.size() ? std::optional{result} : std::nullopt;
  }
  const bool ahead_of_utc = text[position] == '+';
  if (!ahead_of_utc && text[position] != '-') return std::nullopt;
  ++position;
  const auto offset_hours = read_digits(text, position, 2);
  if (!offset_hours || *offset_hours > 23) return std::nullopt;
  consume(text, position, ':');
  const auto offset_minutes = read_digits(text, position, 2);
  if (!offset_minutes || *offset_minutes > 59 || position != text.size()) return std::nullopt;
  const std::chrono::minutes offset{*offset_hours * 60 + *offset_minutes};
  return ahead_of_utc ? result - offset : result + offset;
}

}  // namespace ska::oda
