#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <ska/oda/json.hpp>

namespace ska::oda::cli {

/// The result of importing one document.
enum class ImportOutcome {
  /// A new version was stored, or a status was applied.
  imported,
  /// The archive already contains the same content or status.
  unchanged,
  /// The archive does not store this kind of document, for the reason given.
  skipped,
  /// The document is invalid or storing it failed, for the reason given.
  failed,
};

/// One document that was skipped or failed.
struct ImportNote {
  /// `file` or `file[index]`.
  std::string label;
  std::string reason;
};

/// Counts of an import per category and outcome, with the reason for each
/// skipped and failed document.
class ImportSummary {
public:
  /// Records an outcome. `category` groups the counts: a kind's plural
  /// ("sbds"), "sbds status" for status records, or "other".
  void record(const std::string& category, ImportOutcome outcome, const std::string& label,
              const std::string& reason = {});

  std::size_t count(ImportOutcome outcome) const;
  std::size_t total() const;

  /// Prints the totals, a table of counts per category, and each skipped and
  /// failed document with its reason.
  void print_text(std::size_t files, bool rolled_back) const;
  Json to_json(std::size_t files, bool rolled_back) const;

private:
  std::map<std::string, std::map<ImportOutcome, std::size_t>> counts_;
  std::vector<ImportNote> skipped_;
  std::vector<ImportNote> failed_;
};

}  // namespace ska::oda::cli
