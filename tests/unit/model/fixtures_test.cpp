// The project's own fixtures: every document round-trips.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <catch2/catch.hpp>

#include <ska/oda/model/document_check.hpp>

#include "support/test_paths.hpp"

TEST_CASE("fixtures, round trip") {
  std::size_t documents = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(ska::oda::test::fixture_dir() / "model")) {
    if (entry.path().extension() != ".json") {
      continue;
    }
    std::ifstream stream(entry.path(), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(stream),
                           std::istreambuf_iterator<char>()};
    for (const auto& document : ska::oda::check_document_text(text, entry.path().string())) {
      INFO(entry.path().string() << " index " << document.index.value_or(0) << ": "
                                 << document.check.error);
      CHECK(document.check.kind.category != ska::oda::DocumentCategory::unknown);
      CHECK(document.check.round_trip == ska::oda::RoundTripResult::ok);
      ++documents;
    }
  }
  CHECK(documents >= 9);
}
