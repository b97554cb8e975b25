// Concurrent writers, run against both backends.
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include <ska/oda/unit_of_work.hpp>

#include "contract/backends.hpp"
#include "contract/documents.hpp"

using namespace ska::oda;
using namespace ska::oda::test;

TEMPLATE_TEST_CASE("concurrent adds, no lost versions", "[contract]", PostgresBackend,
                   MemoryBackend) {
  constexpr int threads = 8;
  constexpr int adds_per_thread = 200;
  TestType backend;
  const std::string id = "sbd-" + unique_prefix();
  {
    auto unit = backend.factory().begin();
    unit->documents(EntityKind::sbd).add(sbd_document(id));
    unit->commit();
  }

  std::vector<std::vector<int>> versions_seen(threads);
  std::vector<std::thread> writers;
  for (int t = 0; t < threads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < adds_per_thread; ++i) {
        auto unit = backend.factory().begin();
        versions_seen[t].push_back(
            unit->documents(EntityKind::sbd).add(sbd_document(id), "writer " + std::to_string(t)).version.version);
        unit->commit();
      }
    });
  }
  for (auto& writer : writers) writer.join();

  std::set<int> all_versions{1};
  std::size_t count = 1;
  for (const auto& seen : versions_seen) {
    all_versions.insert(seen.begin(), seen.end());
    count += seen.size();
  }
  CHECK(count == threads * adds_per_thread + 1);
  CHECK(all_versions.size() == count);
  CHECK(*all_versions.begin() == 1);
  CHECK(*all_versions.rbegin() == threads * adds_per_thread + 1);

  auto reader = backend.factory().begin();
  const auto versions = reader->documents(EntityKind::sbd).versions(id);
  REQUIRE(versions.size() == threads * adds_per_thread + 1);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    CHECK(versions[i].version == static_cast<int>(i + 1));
  }
}
