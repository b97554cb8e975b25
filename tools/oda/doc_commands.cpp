// `oda doc check`: reads PDM documents from files and reports, per document,
// its kind and id, the round-trip result, the validation problems and the
// typed coverage. No database is involved.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <ska/oda/error.hpp>
#include <ska/oda/model/document_check.hpp>

#include "commands.hpp"

namespace ska::oda::cli {

namespace {

namespace fs = std::filesystem;

struct DocCheckOptions {
  std::vector<std::string> paths;
  bool show_problems = false;
};

struct Totals {
  std::size_t files = 0;
  std::size_t documents = 0;
  std::size_t ok = 0;
  std::size_t failed = 0;
  std::size_t skipped = 0;
  std::size_t invalid_files = 0;
  std::size_t problems = 0;
};

// Expands directories into their .json files, searched recursively and
// sorted, so that the output order does not depend on the filesystem.
std::vector<fs::path> collect_files(const std::vector<std::string>& paths, CliContext& context,
                                    bool& missing) {
  std::vector<fs::path> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
          found.push_back(entry.path());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(path, error)) {
      files.emplace_back(path);
    } else {
      context.logger->error("{}: no such file or directory", path);
      missing = true;
    }
  }
  return files;
}

std::string read_file(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    throw Error("cannot open " + path.string() + " for reading; check that it exists and is readable");
  }
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

std::string label(const fs::path& file, const FileDocumentCheck& document) {
  return document.index ? fmt::format("{}[{}]", file.string(), *document.index) : file.string();
}

std::string describe_round_trip(const DocumentCheck& check) {
  switch (check.round_trip) {
    case RoundTripResult::ok:
      return "round trip OK";
    case RoundTripResult::skipped:
      return "round trip skipped";
    case RoundTripResult::failed:
      break;
  }
  if (!check.difference) {
    return "round trip FAIL: " + check.error;
  }
  const JsonDifference& difference = *check.difference;
  const auto show = [](const Json& value) {
    return value.is_discarded() ? std::string("(absent)")
                                : value.dump(-1, ' ', false, Json::error_handler_t::replace);
  };
  return fmt::format("round trip FAIL at {}: expected {}, got {} ({})", difference.path,
                     show(difference.expected), show(difference.actual), difference.reason);
}

void print_text(const fs::path& file, const FileDocumentCheck& document, bool show_problems) {
  const DocumentCheck& check = document.check;
  std::string kind = check.kind.name();
  if (check.kind.has_tracking_status) {
    kind += " (with tracking status)";
  }
  if (check.kind.category == DocumentCategory::unknown) {
    fmt::print("{}: unknown ({}); round trip skipped\n", label(file, document), check.kind.reason);
    return;
  }
  fmt::print("{}: {} {}; {}; {} problems; typed coverage {:.1f}% ({}/{})\n",
             label(file, document), kind, check.id.empty() ? "(no id)" : check.id,
             describe_round_trip(check), check.problems.size(), check.typed_coverage(),
             check.typed_leaf_count, check.leaf_count);
  if (show_problems) {
    for (const ValidationProblem& problem : check.problems) {
      fmt::print("  {}: {}\n", problem.path, problem.message);
    }
  }
}

const char* category_name(DocumentCategory category) {
  switch (category) {
    case DocumentCategory::entity:
      return "entity";
    case DocumentCategory::status_record:
      return "status_record";
    case DocumentCategory::unknown:
      break;
  }
  return "unknown";
}

const char* round_trip_name(RoundTripResult result) {
  switch (result) {
    case RoundTripResult::ok:
      return "ok";
    case RoundTripResult::failed:
      return "failed";
    case RoundTripResult::skipped:
      break;
  }
  return "skipped";
}

// An absent value is written as null.
Json value_or_null(const Json& value) { return value.is_discarded() ? Json(nullptr) : value; }

Json to_json_report(const fs::path& file, const FileDocumentCheck& document, bool show_problems) {
  const DocumentCheck& check = document.check;
  Json report = Json::object();
  report["file"] = file.string();
  report["index"] = document.index ? Json(*document.index) : Json(nullptr);

  report["kind"] = check.kind.name();
  report["category"] = category_name(check.kind.category);
  if (!check.kind.reason.empty()) {
    report["reason"] = check.kind.reason;
  }
  report["tracking_status"] = check.kind.has_tracking_status;
  report["id"] = check.id;

  report["round_trip"] = round_trip_name(check.round_trip);
  if (check.difference) {
    report["difference"] = {{"path", check.difference->path},
                            {"expected", value_or_null(check.difference->expected)},
                            {"actual", value_or_null(check.difference->actual)},
                            {"reason", check.difference->reason}};
  }
  if (!check.error.empty()) {
    report["error"] = check.error;
  }

  report["problem_count"] = check.problems.size();
  if (show_problems) {
    Json problems = Json::array();
    for (const ValidationProblem& problem : check.problems) {
      problems.push_back({{"path", problem.path}, {"message", problem.message}});
    }
    report["problems"] = problems;
  }

  report["leaf_count"] = check.leaf_count;
  report["typed_leaf_count"] = check.typed_leaf_count;
  report["typed_coverage"] = check.typed_coverage();
  return report;
}

void run_check(const DocCheckOptions& options, CliContext& context) {
  bool missing = false;
  const std::vector<fs::path> files = collect_files(options.paths, context, missing);
  Totals totals;
  Json reports = Json::array();

  for (const fs::path& file : files) {
    ++totals.files;
    std::vector<FileDocumentCheck> documents;
    try {
      documents = check_document_text(read_file(file), file.string());
    } catch (const ParseError& error) {
      ++totals.invalid_files;
      if (context.options.json) {
        reports.push_back({{"file", file.string()},
                           {"error", error.what()},
                           {"line", error.location().line.value_or(0)},
                           {"column", error.location().column.value_or(0)}});
      } else {
        fmt::print("{}\n", error.what());
      }
      continue;
    }
    for (const FileDocumentCheck& document : documents) {
      ++totals.documents;
      totals.problems += document.check.problems.size();
      switch (document.check.round_trip) {
        case RoundTripResult::ok:
          ++totals.ok;
          break;
        case RoundTripResult::failed:
          ++totals.failed;
          break;
        case RoundTripResult::skipped:
          ++totals.skipped;
          break;
      }
      if (context.options.json) {
        reports.push_back(to_json_report(file, document, options.show_problems));
      } else {
        print_text(file, document, options.show_problems);
      }
    }
  }

  if (context.options.json) {
    fmt::print("{}\n", reports.dump(2, ' ', false, Json::error_handler_t::replace));
  } else {
    fmt::print(
        "checked {} documents in {} files: {} round trips OK, {} failed, {} skipped; "
        "{} files with invalid JSON; {} validation problems\n",
        totals.documents, totals.files, totals.ok, totals.failed, totals.skipped,
        totals.invalid_files, totals.problems);
  }
  if (missing || totals.failed > 0 || totals.invalid_files > 0) {
    context.exit_code = exit_not_found_or_invalid;
  }
}

}  // namespace

void add_doc_commands(CLI::App& app, CliContext& context) {
  CLI::App* doc = app.add_subcommand("doc", "check PDM documents without a database");
  doc->require_subcommand(1);

  auto options = std::make_shared<DocCheckOptions>();
  CLI::App* check = doc->add_subcommand(
      "check",
      "read PDM documents, write them back and compare; report kind, id, round trip, "
      "validation problems and typed coverage per document. Exits with 1 when a round trip "
      "fails or a file is not valid JSON");
  check->add_option("paths", options->paths,
                    "JSON files, or directories searched recursively for *.json; each element "
                    "of a top-level array is one document")
      ->required();
  check->add_flag("--problems", options->show_problems,
                  "list every validation problem with its JSON path");
  check->callback([options, &context] { run_check(*options, context); });
}

}  // namespace ska::oda::cli
