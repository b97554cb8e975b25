#include <ska/oda/skuid.hpp>

#include <unistd.h>

#include <array>
#include <cctype>
#include <climits>

#include <fmt/format.h>

namespace ska::oda {

namespace {

constexpr std::string_view crockford_digits = "0123456789abcdefghjkmnpqrstvwxyz";
constexpr std::size_t skuid_digits = 13;
constexpr std::uint64_t timestamp_mask = (std::uint64_t{1} << 42) - 1;

std::optional<unsigned> crockford_value(char digit) {
  const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(digit)));
  if (lower == 'i' || lower == 'l') return 1U;
  if (lower == 'o') return 0U;
  const auto position = crockford_digits.find(lower);
  if (position == std::string_view::npos) return std::nullopt;
  return static_cast<unsigned>(position);
}

// FNV-1a, folded to 10 bits: stable across runs, unlike std::hash.
unsigned hash_host_name() {
  std::array<char, 256> host{};
  if (::gethostname(host.data(), host.size() - 1) != 0) {
    return 0;
  }
  std::uint32_t hash = 2166136261U;
  for (const char* c = host.data(); *c != '\0'; ++c) {
    hash = (hash ^ static_cast<unsigned char>(*c)) * 16777619U;
  }
  return (hash ^ (hash >> 10) ^ (hash >> 20)) & 0x3FFU;
}

}  // namespace

std::string encode_crockford32(std::uint64_t number) {
  std::string digits(skuid_digits, '0');
  for (std::size_t i = skuid_digits; i-- > 0;) {
    digits[i] = crockford_digits[number & 0x1FU];
    number >>= 5;
  }
  return digits;
}

std::optional<std::uint64_t> decode_crockford32(std::string_view digits) {
  if (digits.empty() || digits.size() > skuid_digits) return std::nullopt;
  std::uint64_t number = 0;
  for (char digit : digits) {
    const auto value = crockford_value(digit);
    if (!value) return std::nullopt;
    number = (number << 5) | *value;
  }
  return number;
}

std::chrono::sys_time<std::chrono::milliseconds> Skuid::created_at() const {
  return std::chrono::sys_time<std::chrono::milliseconds>{
      std::chrono::milliseconds{static_cast<long long>(number >> 21)}};
}

std::string Skuid::short_form() const { return prefix + "-" + encode_crockford32(number); }

std::string Skuid::long_form() const {
  const auto day = std::chrono::floor<std::chrono::days>(created_at());
  const std::chrono::year_month_day date{day};
  return fmt::format("{}-{}-{:04}{:02}{:02}-{}", prefix,
                     encode_crockford32(generator_id()).substr(skuid_digits - 2),
                     static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()), encode_crockford32(number));
}

std::optional<Skuid> parse_skuid(std::string_view id) {
  const auto first_dash = id.find('-');
  if (first_dash == std::string_view::npos || first_dash == 0) return std::nullopt;
  const std::string_view prefix = id.substr(0, first_dash);
  const std::string_view rest = id.substr(first_dash + 1);

  std::string_view digits;
  std::optional<std::string_view> generator;
  std::optional<std::string_view> date;
  if (rest.size() == skuid_digits) {
    digits = rest;
  } else if (rest.size() == 2 + 1 + 8 + 1 + skuid_digits && rest[2] == '-' && rest[11] == '-') {
    generator = rest.substr(0, 2);
    date = rest.substr(3, 8);
    digits = rest.substr(12);
  } else {
    return std::nullopt;
  }

  const auto number = decode_crockford32(digits);
  if (!number || (*number >> 63) != 0) return std::nullopt;
  Skuid skuid{std::string(prefix), *number};
  if (generator) {
    const auto generator_value = decode_crockford32(*generator);
    const bool date_matches = date && skuid.long_form().substr(prefix.size() + 4, 8) == *date;
    if (!generator_value || *generator_value != skuid.generator_id() || !date_matches) {
      return std::nullopt;
    }
  }
  return skuid;
}

std::optional<std::string> entity_id_problem(std::string_view id) {
  if (id.empty()) return "the id is empty";
  if (id.size() > 255) return fmt::format("the id is {} bytes long; the maximum is 255", id.size());
  for (char c : id) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == ' ') {
      return fmt::format("the id contains whitespace or a control character (byte 0x{:02x})",
                         byte);
    }
  }
  return std::nullopt;
}

SkuidGenerator::SkuidGenerator() : SkuidGenerator(hash_host_name()) {}

SkuidGenerator::SkuidGenerator(unsigned generator_id)
    : generator_id_(generator_id & 0x3FFU), random_(std::random_device{}()) {}

Skuid SkuidGenerator::next(std::string_view prefix) {
  const auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(
      std::chrono::system_clock::now());
  const auto millis = static_cast<std::uint64_t>(now.time_since_epoch().count()) & timestamp_mask;

  std::lock_guard lock(mutex_);
  std::uint64_t number = (millis << 21) | (std::uint64_t{generator_id_} << 11) |
                         (random_() & 0x7FFU);
  // Two ids in the same millisecond must still differ and keep their order:
  // step the random part of the last id, and at its end the millisecond,
  // without ever carrying into the generator id.
  if (number <= last_number_) {
    std::uint64_t last_millis = last_number_ >> 21;
    std::uint64_t sequence = (last_number_ & 0x7FFU) + 1;
    if (sequence > 0x7FFU) {
      ++last_millis;
      sequence = 0;
    }
    number = (last_millis << 21) | (std::uint64_t{generator_id_} << 11) | sequence;
  }
  last_number_ = number;
  return Skuid{std::string(prefix), number};
}

std::string SkuidGenerator::next_id(EntityKind kind) {
  return next(describe(kind).id_prefix).short_form();
}

SkuidGenerator& default_skuid_generator() {
  static SkuidGenerator generator;
  return generator;
}

}  // namespace ska::oda
