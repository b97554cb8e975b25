// Checks every shared PDM reference document: detection, lossless round
// trip and, for documents of PDM 22 or later, typed coverage.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <ska/oda/model/document_check.hpp>

#include "support/test_paths.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

// The reference documents, without the OpenAPI schemas under schemas/.
std::vector<fs::path> shared_documents() {
  const fs::path root = ska::oda::test::shared_data_dir();
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const fs::path relative = fs::relative(entry.path(), root);
    if (entry.is_regular_file() && entry.path().extension() == ".json" &&
        *relative.begin() != "schemas") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Reads the PDM version column of the file table in SOURCES.md: the major
// version per file path relative to the data directory, when it is known.
std::map<std::string, int> pdm_major_versions() {
  std::map<std::string, int> versions;
  std::istringstream lines(read_text(ska::oda::test::shared_data_dir() / "SOURCES.md"));
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.starts_with("| `")) {
      continue;
    }
    std::vector<std::string> cells;
    std::istringstream row(line);
    std::string cell;
    while (std::getline(row, cell, '|')) {
      cells.push_back(cell);
    }
    // cells[0] is empty; 1 file, 2 repo, 3 path, 4 commit, 5 blob, 6 PDM version.
    if (cells.size() < 7) {
      continue;
    }
    const auto first_tick = cells[1].find('`');
    const auto second_tick = cells[1].find('`', first_tick + 1);
    const std::string file = cells[1].substr(first_tick + 1, second_tick - first_tick - 1);
    const std::string version = cells[6].substr(cells[6].find_first_not_of(' '));
    if (!version.empty() && std::isdigit(static_cast<unsigned char>(version[0])) != 0) {
      versions[file] = std::stoi(version);
    }
  }
  return versions;
}

}  // namespace

TEST_CASE("shared documents, round trip") {
  const auto files = shared_documents();
  REQUIRE(files.size() >= 40);

  std::size_t documents = 0;
  std::size_t round_trips = 0;
  for (const fs::path& file : files) {
    INFO(file.string());
    const auto checks = ska::oda::check_document_text(read_text(file), file.string());
    for (const auto& document : checks) {
      const auto& check = document.check;
      INFO("index " << document.index.value_or(0) << ", kind " << check.kind.name());
      if (check.kind.category == ska::oda::DocumentCategory::unknown) {
        CHECK(check.kind.reason ==
              "legacy ObservingProgramme (obs_prg_id) is not stored by the archive");
        continue;
      }
      ++documents;
      INFO("error: " << check.error);
      if (check.difference) {
        INFO("first difference at " << check.difference->path << ": "
                                    << check.difference->reason);
        CHECK(false);
      }
      CHECK(check.round_trip == ska::oda::RoundTripResult::ok);
      if (check.round_trip == ska::oda::RoundTripResult::ok) {
        ++round_trips;
      }
    }
  }
  WARN("round trip " << round_trips << " of " << documents << " shared documents");
  CHECK(round_trips == documents);
}

TEST_CASE("shared documents, kinds") {
  const fs::path root = ska::oda::test::shared_data_dir();
  const std::map<std::string, std::string> expected_kinds{
      {"eb", "OSOExecutionBlock"},         {"eb_status", "OSOEBStatusHistory"},
      {"eb_with_status", "OSOExecutionBlock"}, {"prj", "Project"},
      {"prj_status", "ProjectStatusHistory"}, {"prj_with_status", "Project"},
      {"prsl", "Proposal"},                 {"sbd", "SBDefinition"},
      {"sbd_status", "SBDStatusHistory"},   {"sbi", "SBInstance"},
      {"sbi_status", "SBIStatusHistory"},   {"sbi_with_status", "SBInstance"},
  };
  for (const fs::path& file : shared_documents()) {
    const std::string folder = fs::relative(file, root).begin()->string();
    const auto expected = expected_kinds.find(folder);
    if (expected == expected_kinds.end()) {
      continue;
    }
    INFO(file.string());
    const auto checks = ska::oda::check_document_text(read_text(file), file.string());
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].check.kind.name() == expected->second);
    CHECK(checks[0].check.kind.has_tracking_status == folder.ends_with("_with_status"));
  }
}

TEST_CASE("shared documents, current-era coverage") {
  const fs::path root = ska::oda::test::shared_data_dir();
  const auto versions = pdm_major_versions();
  REQUIRE_FALSE(versions.empty());

  std::map<std::string, int> current_per_folder;
  for (const auto& [file, major] : versions) {
    if (major < 22) {
      continue;
    }
    INFO(file << " (PDM " << major << ")");
    const auto checks = ska::oda::check_document_text(read_text(root / file), file);
    REQUIRE(checks.size() == 1);
    const auto& check = checks[0].check;
    WARN(file << ": typed coverage " << check.typed_coverage() << "% (" << check.typed_leaf_count
              << "/" << check.leaf_count << ")");
    CHECK(check.typed_coverage() >= 95.0);
    ++current_per_folder[file.substr(0, file.find('/'))];
  }
  CHECK(current_per_folder["sbd"] >= 1);
  CHECK(current_per_folder["prj"] >= 1);
  CHECK(current_per_folder["prsl"] >= 1);
}
