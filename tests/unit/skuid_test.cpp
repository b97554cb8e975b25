#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include <ska/oda/skuid.hpp>

using namespace ska::oda;

TEST_CASE("crockford32, encode and decode") {
  CHECK(encode_crockford32(0) == "0000000000000");
  CHECK(encode_crockford32(31) == "000000000000z");
  CHECK(decode_crockford32("000000000000Z") == 31U);
  CHECK(decode_crockford32("0000000000O1L") == 33U);
  CHECK(decode_crockford32("i") == 1U);
  CHECK_FALSE(decode_crockford32("u").has_value());
  CHECK_FALSE(decode_crockford32("").has_value());
  CHECK_FALSE(decode_crockford32("00000000000000").has_value());
  const std::uint64_t large = 0x7FFFFFFFFFFFFFFFULL;
  CHECK(decode_crockford32(encode_crockford32(large)) == large);
}

TEST_CASE("skuid, fields and forms") {
  SkuidGenerator generator(0x2A5);
  const Skuid skuid = generator.next("sbd");
  CHECK(skuid.generator_id() == 0x2A5);
  CHECK((skuid.number >> 63) == 0);

  const auto now = std::chrono::system_clock::now();
  CHECK(skuid.created_at() <= now);
  CHECK(now - skuid.created_at() < std::chrono::minutes(1));

  const std::string short_form = skuid.short_form();
  REQUIRE(short_form.size() == 4 + 13);
  CHECK(short_form.starts_with("sbd-"));
  const auto parsed_short = parse_skuid(short_form);
  REQUIRE(parsed_short.has_value());
  CHECK(parsed_short->number == skuid.number);
  CHECK(parsed_short->prefix == "sbd");

  const std::string long_form = skuid.long_form();
  const auto parsed_long = parse_skuid(long_form);
  REQUIRE(parsed_long.has_value());
  CHECK(parsed_long->number == skuid.number);
  CHECK(long_form.substr(4, 2) == encode_crockford32(0x2A5).substr(11));
}

TEST_CASE("skuid, legacy and malformed ids") {
  CHECK_FALSE(parse_skuid("sbd-t0001-20240101-00001").has_value());
  CHECK_FALSE(parse_skuid("sbd-mvp01-20220923-00001").has_value());
  CHECK_FALSE(parse_skuid("sbd").has_value());
  CHECK_FALSE(parse_skuid("-0000000000000").has_value());
  CHECK_FALSE(parse_skuid("sbd-zzzzzzzzzzzzz").has_value());

  // A long form whose date or generator disagrees with its number.
  SkuidGenerator generator(7);
  std::string long_form = generator.next("eb").long_form();
  long_form[6] = long_form[6] == '1' ? '2' : '1';
  CHECK_FALSE(parse_skuid(long_form).has_value());
}

TEST_CASE("skuid, unique across threads") {
  SkuidGenerator generator(1);
  std::vector<std::vector<std::uint64_t>> numbers(4);
  std::vector<std::thread> threads;
  for (auto& list : numbers) {
    threads.emplace_back([&] {
      for (int i = 0; i < 5000; ++i) list.push_back(generator.next("x").number);
    });
  }
  for (auto& thread : threads) thread.join();

  std::set<std::uint64_t> all;
  for (const auto& list : numbers) {
    CHECK(std::is_sorted(list.begin(), list.end()));
    all.insert(list.begin(), list.end());
  }
  CHECK(all.size() == 20000);
  for (std::uint64_t number : all) {
    REQUIRE(((number >> 11) & 0x3FF) == 1);
  }
}

TEST_CASE("entity_id_problem, rules") {
  CHECK_FALSE(entity_id_problem("sbd-t0001-20240101-00001").has_value());
  CHECK(entity_id_problem("").has_value());
  CHECK(entity_id_problem("sbd 1").has_value());
  CHECK(entity_id_problem("sbd\t1").has_value());
  CHECK(entity_id_problem(std::string(256, 'a')).has_value());
  CHECK_FALSE(entity_id_problem(std::string(255, 'a')).has_value());
  CHECK_FALSE(entity_id_problem("sbd-é").has_value());
}

TEST_CASE("generator id, host name default") {
  SkuidGenerator first;
  SkuidGenerator second;
  CHECK(first.generator_id() == second.generator_id());
  CHECK(first.generator_id() < 1024);
}
