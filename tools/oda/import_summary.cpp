#include "import_summary.hpp"

#include <iostream>

#include <fmt/format.h>

#include "table_printer.hpp"

namespace ska::oda::cli {

namespace {

constexpr ImportOutcome all_outcomes[] = {ImportOutcome::imported, ImportOutcome::unchanged,
                                          ImportOutcome::skipped, ImportOutcome::failed};

const char* outcome_name(ImportOutcome outcome) {
  switch (outcome) {
    case ImportOutcome::imported:
      return "imported";
    case ImportOutcome::unchanged:
      return "unchanged";
    case ImportOutcome::skipped:
      return "skipped";
    case ImportOutcome::failed:
      return "failed";
  }
  return "unknown";
}

}  // namespace

void ImportSummary::record(const std::string& category, ImportOutcome outcome,
                           const std::string& label, const std::string& reason) {
  ++counts_[category][outcome];
  if (outcome == ImportOutcome::skipped) {
    skipped_.push_back({label, reason});
  } else if (outcome == ImportOutcome::failed) {
    failed_.push_back({label, reason});
  }
}

std::size_t ImportSummary::count(ImportOutcome outcome) const {
  std::size_t total = 0;
  for (const auto& [category, outcomes] : counts_) {
    const auto found = outcomes.find(outcome);
    total += found == outcomes.end() ? 0 : found->second;
  }
  return total;
}

std::size_t ImportSummary::total() const {
  std::size_t total = 0;
  for (ImportOutcome outcome : all_outcomes) {
    total += count(outcome);
  }
  return total;
}

void ImportSummary::print_text(std::size_t files, bool rolled_back) const {
  std::cout << fmt::format("{} documents in {} files: {} imported, {} unchanged, {} skipped, "
                           "{} failed\n",
                           total(), files, count(ImportOutcome::imported),
                           count(ImportOutcome::unchanged), count(ImportOutcome::skipped),
                           count(ImportOutcome::failed));
  if (rolled_back) {
    std::cout << "rolled back: --atomic was given and a document failed, so nothing was "
                 "stored\n";
  }

  std::vector<std::vector<std::string>> rows;
  for (const auto& [category, outcomes] : counts_) {
    std::vector<std::string> row = {category};
    for (ImportOutcome outcome : all_outcomes) {
      const auto found = outcomes.find(outcome);
      row.push_back(std::to_string(found == outcomes.end() ? 0 : found->second));
    }
    rows.push_back(std::move(row));
  }
  if (!rows.empty()) {
    std::cout << '\n';
    print_table(std::cout, {"KIND", "IMPORTED", "UNCHANGED", "SKIPPED", "FAILED"}, rows,
                output_width());
  }

  const auto print_notes = [](const char* title, const std::vector<ImportNote>& notes) {
    if (notes.empty()) {
      return;
    }
    std::cout << '\n' << title << '\n';
    for (const ImportNote& note : notes) {
      std::cout << fmt::format("  {}: {}\n", note.label, note.reason);
    }
  };
  print_notes("Skipped:", skipped_);
  print_notes("Failed:", failed_);
}

Json ImportSummary::to_json(std::size_t files, bool rolled_back) const {
  Json output{{"files", files}, {"documents", total()}, {"rolled_back", rolled_back}};
  for (ImportOutcome outcome : all_outcomes) {
    output[outcome_name(outcome)] = count(outcome);
  }
  Json kinds = Json::object();
  for (const auto& [category, outcomes] : counts_) {
    Json counts = Json::object();
    for (ImportOutcome outcome : all_outcomes) {
      const auto found = outcomes.find(outcome);
      counts[outcome_name(outcome)] = found == outcomes.end() ? 0 : found->second;
    }
    kinds[category] = counts;
  }
  output["kinds"] = kinds;
  const auto notes_json = [](const std::vector<ImportNote>& notes) {
    Json list = Json::array();
    for (const ImportNote& note : notes) {
      list.push_back({{"document", note.label}, {"reason", note.reason}});
    }
    return list;
  };
  output["skipped_documents"] = notes_json(skipped_);
  output["failed_documents"] = notes_json(failed_);
  return output;
}

}  // namespace ska::oda::cli
