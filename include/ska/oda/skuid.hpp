#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/export.hpp>
#include <ska/oda/timestamp.hpp>

namespace ska::oda {

/// The parts of a generated SKA unique id (SKUID). The number is a 63-bit
/// Snowflake: 42 bits of milliseconds since the Unix epoch, then a 10-bit
/// generator id, then 11 random bits.
struct SKA_ODA_EXPORT Skuid {
  std::string prefix;
  std::uint64_t number = 0;

  std::chrono::sys_time<std::chrono::milliseconds> created_at() const;
  unsigned generator_id() const { return static_cast<unsigned>((number >> 11) & 0x3FFU); }

  /// `sbd-<13 Crockford base32 digits>`.
  std::string short_form() const;
  /// `sbd-<generator, 2 digits>-<YYYYMMDD>-<13 digits>`.
  std::string long_form() const;
};

/// Encodes a number in lower-case Crockford base32, 13 digits for 64 bits.
SKA_ODA_EXPORT std::string encode_crockford32(std::uint64_t number);
/// Decodes Crockford base32 in either case, reading I and L as 1 and O as 0.
SKA_ODA_EXPORT std::optional<std::uint64_t> decode_crockford32(std::string_view digits);

/// Parses an id in the short or long SKUID form. Returns nothing for any
/// other form, such as the legacy `sbd-t0001-20240101-00001`.
SKA_ODA_EXPORT std::optional<Skuid> parse_skuid(std::string_view id);

/// Checks a caller-supplied entity id of any form: non-empty, at most 255
/// bytes, no whitespace or control characters. Returns the reason it is
/// invalid, or nothing when it is valid.
SKA_ODA_EXPORT std::optional<std::string> entity_id_problem(std::string_view id);

/// Generates SKUIDs. Thread-safe. Ids from one generator are unique; ids
/// from generators with different generator ids never collide.
class SKA_ODA_EXPORT SkuidGenerator {
public:
  /// Uses a 10-bit hash of the host name as the generator id.
  SkuidGenerator();
  /// Uses the low 10 bits of generator_id.
  explicit SkuidGenerator(unsigned generator_id);

  unsigned generator_id() const noexcept { return generator_id_; }

  Skuid next(std::string_view prefix);
  /// The short form of the next id for a kind: `sbd-…`.
  std::string next_id(EntityKind kind);

private:
  unsigned generator_id_;
  std::mutex mutex_;
  std::mt19937_64 random_;
  std::uint64_t last_number_ = 0;
};

/// Returns the process-wide generator used when no other is configured.
SKA_ODA_EXPORT SkuidGenerator& default_skuid_generator();

}  // namespace ska::oda
