// Contract of repository queries, run against both backends. Every query
// filters on this test's id prefix, so rows of other tests never match.
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include <ska/oda/error.hpp>
#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

namespace {

std::vector<std::string> ids_of(const QueryPage& page) {
  std::vector<std::string> ids;
  for (const StoredEntity& entity : page.entities) {
    ids.push_back(entity.version.entity_id + "/" + std::to_string(entity.version.version));
  }
  return ids;
}

Query for_prefix(const std::string& prefix) {
  Query query;
  query.entity_id = TextMatch{prefix, MatchType::starts_with};
  return query;
}

}  // namespace

TEMPLATE_TEST_CASE("query, latest versions only", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbd-" + unique_prefix() + "-";
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "a"), "alice");
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "a"), "alice");
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "b"), "alice");

  Query query = for_prefix(prefix);
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) ==
        std::vector<std::string>{prefix + "a/2", prefix + "b/1"});

  query.all_versions = true;
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) ==
        std::vector<std::string>{prefix + "a/1", prefix + "a/2", prefix + "b/1"});
}

TEMPLATE_TEST_CASE("query, user match types", "[contract]", PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbd-" + unique_prefix() + "-";
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "1"), "alice smith");
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "2"), "bob");
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "2"), "alice jones");

  Query query = for_prefix(prefix);
  query.user = TextMatch{"alice smith", MatchType::equals};
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "1/1"});

  query.user = TextMatch{"alice", MatchType::starts_with};
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) ==
        std::vector<std::string>{prefix + "1/1", prefix + "2/2"});

  query.user_field = UserField::created_by;
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "1/1"});

  query.user_field = UserField::last_modified_by;
  query.user = TextMatch{"jones", MatchType::contains};
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "2/2"});
}

TEMPLATE_TEST_CASE("query, LIKE metacharacters match literally", "[contract]",
                   PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbd-" + unique_prefix() + "-";
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "1"), "50%_off\\o'brien\"");
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "2"), "50Xxoff");
  unit->documents(EntityKind::sbd).add(sbd_document(prefix + "3"), "o'brien");

  Query query = for_prefix(prefix);
  query.user = TextMatch{"50%_", MatchType::starts_with};
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "1/1"});

  query.user = TextMatch{"_off\\o'", MatchType::contains};
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "1/1"});

  query.user = TextMatch{"o'brien", MatchType::equals};
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "3/1"});

  query.user = TextMatch{"%", MatchType::contains};
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "1/1"});

  Query by_id;
  by_id.entity_id = TextMatch{prefix.substr(0, 6) + "%", MatchType::starts_with};
  CHECK(unit->documents(EntityKind::sbd).query(by_id).entities.empty());
}

TEMPLATE_TEST_CASE("query, date windows", "[contract]", PostgresBackend, MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbd-" + unique_prefix() + "-";
  Timestamp first_time;
  {
    auto unit = backend.factory().begin();
    first_time = unit->documents(EntityKind::sbd).add(sbd_document(prefix + "old")).version.created_on;
    unit->commit();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  Timestamp second_time;
  {
    auto unit = backend.factory().begin();
    second_time = unit->documents(EntityKind::sbd).add(sbd_document(prefix + "new")).version.created_on;
    unit->commit();
  }
  REQUIRE(first_time < second_time);

  auto unit = backend.factory().begin();
  Query query = for_prefix(prefix);
  query.created_on.after = second_time;
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "new/1"});

  query.created_on = {};
  query.created_on.before = second_time;
  CHECK(ids_of(unit->documents(EntityKind::sbd).query(query)) == std::vector<std::string>{prefix + "old/1"});

  query.created_on = {};
  query.last_modified_on.after = first_time;
  query.last_modified_on.before = second_time + std::chrono::microseconds(1);
  CHECK(unit->documents(EntityKind::sbd).query(query).entities.size() == 2);
}

TEMPLATE_TEST_CASE("query, link and status filters", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbi-" + unique_prefix() + "-";
  const std::string sbd = "sbd-" + unique_prefix();
  auto unit = backend.factory().begin();
  unit->documents(EntityKind::sbi).add(sbi_document(prefix + "1", sbd, 1));
  unit->documents(EntityKind::sbi).add(sbi_document(prefix + "2", sbd, 2));
  unit->documents(EntityKind::sbi).add(sbi_document(prefix + "3", "sbd-other", 1));
  unit->status().update_status(EntityKind::sbi, prefix + "2", "Executing");

  Query query = for_prefix(prefix);
  query.where = {{"sbd_ref", {sbd}}};
  CHECK(ids_of(unit->documents(EntityKind::sbi).query(query)) ==
        std::vector<std::string>{prefix + "1/1", prefix + "2/1"});

  query.where = {{"sbd_ref", {sbd}}, {"sbd_version", {"2"}}};
  CHECK(ids_of(unit->documents(EntityKind::sbi).query(query)) == std::vector<std::string>{prefix + "2/1"});

  query.where = {{"sbd_ref", {sbd, "sbd-other"}}, {"status", {"Created"}}};
  CHECK(ids_of(unit->documents(EntityKind::sbi).query(query)) ==
        std::vector<std::string>{prefix + "1/1", prefix + "3/1"});

  const auto page = unit->documents(EntityKind::sbi).query(for_prefix(prefix + "2"));
  REQUIRE(page.entities.size() == 1);
  CHECK(page.entities[0].status == "Executing");
}

TEMPLATE_TEST_CASE("query, invalid filters are rejected", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  Query query;
  query.where = {{"info", {"x"}}};
  CHECK_THROWS_AS(unit->documents(EntityKind::sbi).query(query), UsageError);
  query.where = {{"sbd_version", {"one"}}};
  CHECK_THROWS_AS(unit->documents(EntityKind::sbi).query(query), UsageError);
  query.where = {{"status", {"Draft"}}};
  CHECK_THROWS_AS(unit->documents(EntityKind::panel).query(query), UsageError);
  query.where = {};
  query.after = "not a cursor";
  CHECK_THROWS_AS(unit->documents(EntityKind::sbi).query(query), UsageError);
}

TEMPLATE_TEST_CASE("query, keyset pages cover everything", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  const std::string prefix = "sbd-" + unique_prefix() + "-";
  auto unit = backend.factory().begin();
  std::set<std::string> expected;
  for (int i = 0; i < 7; ++i) {
    const std::string id = prefix + std::to_string(i);
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    expected.insert(id + "/1");
  }

  for (const QueryOrder order :
       {QueryOrder::entity_id, QueryOrder::created_on, QueryOrder::last_modified_on}) {
    for (const bool descending : {false, true}) {
      Query query = for_prefix(prefix);
      query.order = order;
      query.descending = descending;
      query.limit = 3;
      std::vector<std::string> seen;
      int pages = 0;
      for (;;) {
        const QueryPage page = unit->documents(EntityKind::sbd).query(query);
        ++pages;
        for (const auto& id : ids_of(page)) seen.push_back(id);
        if (!page.next_cursor) break;
        query.after = page.next_cursor;
      }
      CHECK(pages == 3);
      CHECK(std::set<std::string>(seen.begin(), seen.end()) == expected);
      CHECK(seen.size() == expected.size());
      if (order == QueryOrder::entity_id) {
        CHECK(std::is_sorted(seen.begin(), seen.end()) == !descending);
      }
    }
  }
}

TEMPLATE_TEST_CASE("query, empty query pages through all", "[contract]", PostgresBackend,
                   MemoryBackend) {
  TestType backend;
  auto unit = backend.factory().begin();
  const std::string prefix = "prj-" + unique_prefix() + "-";
  for (int i = 0; i < 3; ++i) {
    unit->documents(EntityKind::prj).add(Json{{"prj_id", prefix + std::to_string(i)}});
  }
  Query query;
  query.limit = 2;
  std::size_t total = 0;
  for (;;) {
    const QueryPage page = unit->documents(EntityKind::prj).query(query);
    total += page.entities.size();
    if (!page.next_cursor) break;
    query.after = page.next_cursor;
  }
  CHECK(total >= 3);
}
