// Runs the real oda tool as a subprocess against a database of its own per
// test, and compares its output with the golden files of tests/cli/golden,
// in which times and generated ids are placeholders. Set
// ODA_UPDATE_GOLDEN=1 to rewrite the golden files from the current output.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <ska/oda/migration/migration_runner.hpp>

#include "support/command.hpp"
#include "support/temp_directory.hpp"
#include "support/test_database.hpp"
#include "support/test_paths.hpp"

#ifdef SKA_ODA_TOOL_PATH

using namespace ska::oda;

namespace {

namespace fs = std::filesystem;

const fs::path golden_dir = SKA_ODA_CLI_GOLDEN_DIR;
const fs::path examples_dir = SKA_ODA_EXAMPLES_DIR;

/// A migrated database of the test's own, reached through --dsn.
class CliDatabase {
public:
  CliDatabase() { MigrationRunner(database_.connection_string()).migrate(test::sql_dir()); }

  std::string dsn() const { return database_.connection_string(); }

private:
  test::TestDatabase database_;
};

std::string oda_path() {
  const char* from_environment = std::getenv("ODA_BIN");
  return from_environment != nullptr && *from_environment != '\0' ? from_environment
                                                                   : SKA_ODA_TOOL_PATH;
}

/// Runs oda with a fixed table width and user, so that the output is the
/// same on every machine.
test::CommandResult run_oda(const std::string& dsn, std::vector<std::string> arguments) {
  std::vector<std::string> command = {oda_path(), "--dsn", dsn, "--user", "cli-test"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return test::run_command(command, {{"COLUMNS", "120"}});
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); !from.empty() && at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

/// Replaces what differs between runs: times, SKUIDs and directories.
std::string normalize(std::string text, const std::vector<std::pair<fs::path, std::string>>&
                                            directories = {}) {
  for (const auto& [directory, placeholder] : directories) {
    text = replace_all(text, directory.string(), placeholder);
  }
  static const std::regex timestamp(
      R"(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z)");
  static const std::regex skuid(
      R"(\b(sbd|sbi|eb|prj|prsl|panel|rvw|pnld|prslacc)-[0-9a-hjkmnp-tv-z]{13}\b)");
  text = std::regex_replace(text, timestamp, "<TIME>");
  return std::regex_replace(text, skuid, "$1-<SKUID>");
}

std::string read_text(const fs::path& path) {
  std::ifstream stream(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

/// Compares output with a golden file, or writes the file when
/// ODA_UPDATE_GOLDEN is set.
void check_golden(const std::string& name, const std::string& actual) {
  const fs::path path = golden_dir / name;
  const char* update = std::getenv("ODA_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    test::write_file(path, actual);
    return;
  }
  REQUIRE(fs::exists(path));
  INFO("golden file " << path.string());
  CHECK(actual == read_text(path));
}

/// Writes a small SBDefinition with a fixed id.
std::string sbd_json(const std::string& id, const std::string& name) {
  return nlohmann::json{{"interface", "https://schema.skao.int/ska-oso-pdm-sbd/0.1"},
                        {"sbd_id", id},
                        {"name", name},
                        {"telescope", "ska_mid"}}
      .dump();
}

}  // namespace

TEST_CASE("oda import of the examples, twice") {
  const CliDatabase database;
  const std::vector<std::pair<fs::path, std::string>> paths = {{examples_dir, "<EXAMPLES>"}};

  const auto first = run_oda(database.dsn(), {"import", examples_dir.string()});
  INFO("stderr: " << first.err);
  CHECK(first.exit_code == 0);
  check_golden("import_examples_first.txt", normalize(first.out, paths));

  const auto again = run_oda(database.dsn(), {"import", examples_dir.string()});
  CHECK(again.exit_code == 0);
  check_golden("import_examples_again.txt", normalize(again.out, paths));

  const auto json = run_oda(database.dsn(), {"--json", "import", examples_dir.string()});
  REQUIRE(json.exit_code == 0);
  const auto summary = nlohmann::json::parse(json.out);
  CHECK(summary.at("imported") == 0);
  CHECK(summary.at("unchanged") == 10);
  CHECK(summary.at("failed") == 0);
}

TEST_CASE("oda query, get, history and status") {
  const CliDatabase database;
  REQUIRE(run_oda(database.dsn(), {"import", examples_dir.string()}).exit_code == 0);

  const auto query = run_oda(database.dsn(), {"sbds", "query"});
  CHECK(query.exit_code == 0);
  check_golden("query_sbds.txt", normalize(query.out));

  const auto where = run_oda(database.dsn(), {"--json", "sbis", "query", "--where",
                                              "sbd_ref=sbd-demo-00001", "--where",
                                              "sbd_ref=sbd-missing"});
  REQUIRE(where.exit_code == 0);
  const auto found = nlohmann::json::parse(where.out);
  REQUIRE(found.size() == 1);
  CHECK(found[0].at("sbi_id") == "sbi-demo-00001");

  const auto by_id = run_oda(database.dsn(), {"--json", "sbds", "query", "--entity-id",
                                              "sbd-demo", "--match", "starts_with", "--limit",
                                              "1"});
  REQUIRE(by_id.exit_code == 0);
  CHECK(nlohmann::json::parse(by_id.out).size() == 1);

  const auto future = run_oda(database.dsn(), {"sbds", "query", "--created-after",
                                               "2999-01-01 00:00"});
  CHECK(future.exit_code == 0);
  check_golden("query_empty.txt", future.out);

  const auto related = run_oda(database.dsn(), {"ebs", "get", "eb-demo-00001", "--related",
                                                "sbds"});
  CHECK(related.exit_code == 0);
  check_golden("get_related_sbd.json", normalize(related.out));

  const auto reverse = run_oda(database.dsn(), {"sbd", "get", "sbd-demo-00001", "--related",
                                                "sbis"});
  CHECK(reverse.exit_code == 0);
  check_golden("get_related_sbis.txt", normalize(reverse.out));

  const auto set = run_oda(database.dsn(), {"ebs", "status", "eb-demo-00001", "--set",
                                            "fully_observed"});
  CHECK(set.exit_code == 0);
  check_golden("status_set.txt", normalize(set.out));

  const auto invalid = run_oda(database.dsn(), {"ebs", "status", "eb-demo-00001", "--set",
                                                "Finished"});
  CHECK(invalid.exit_code == 1);
  CHECK_THAT(invalid.err, Catch::Contains("Created, Fully Observed, Failed"));

  const auto history = run_oda(database.dsn(), {"ebs", "history", "eb-demo-00001"});
  CHECK(history.exit_code == 0);
  check_golden("history_eb.txt", normalize(history.out));
}

TEST_CASE("oda add with the optimistic check") {
  const CliDatabase database;
  const test::TempDirectory directory;
  const fs::path first = directory.path() / "first.json";
  const fs::path second = directory.path() / "second.json";
  test::write_file(first, sbd_json("sbd-cli-00001", "first"));
  test::write_file(second, "[" + sbd_json("sbd-cli-00001", "second") + ", {\"name\": \"new\"}]");

  const auto added = run_oda(database.dsn(), {"sbds", "add", "--expect-version", "0",
                                              first.string()});
  INFO("stderr: " << added.err);
  CHECK(added.exit_code == 0);
  CHECK(added.out == "sbd-cli-00001 version 1\n");

  const auto array = run_oda(database.dsn(), {"sbds", "add", second.string()});
  CHECK(array.exit_code == 0);
  check_golden("add_array.txt", normalize(array.out));

  const auto stale = run_oda(database.dsn(), {"sbds", "add", "--expect-version", "1",
                                              first.string()});
  CHECK(stale.exit_code == 4);
  CHECK(stale.out.empty());
  CHECK(stale.err == "oda: SBDefinition sbd-cli-00001 is at version 2, not the expected "
                     "version 1; read it again and reapply the change\n");

  const auto version = run_oda(database.dsn(), {"--json", "sbds", "get", "sbd-cli-00001",
                                                "--version", "1"});
  REQUIRE(version.exit_code == 0);
  const auto document = nlohmann::json::parse(version.out);
  CHECK(document.at("name") == "first");
  CHECK(document.at("metadata").at("created_by") == "cli-test");

  const auto from_stdin = test::run_command(
      {"sh", "-c",
       "printf '%s' \"$1\" | \"$0\" --dsn \"$2\" --user cli-test sbds add -", oda_path(),
       sbd_json("sbd-cli-00002", "piped"), database.dsn()});
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.out == "sbd-cli-00002 version 1\n");

  const auto wrong_kind = run_oda(database.dsn(), {"prjs", "add", first.string()});
  CHECK(wrong_kind.exit_code == 1);
  CHECK_THAT(wrong_kind.err, Catch::Contains("use `oda sbds add`"));
}

TEST_CASE("oda export writes one file per version") {
  const CliDatabase database;
  const test::TempDirectory directory;
  const fs::path file = directory.path() / "sbd.json";
  test::write_file(file, sbd_json("sbd-cli-00001", "first"));
  REQUIRE(run_oda(database.dsn(), {"sbds", "add", file.string()}).exit_code == 0);
  test::write_file(file, sbd_json("sbd-cli-00001", "second"));
  REQUIRE(run_oda(database.dsn(), {"sbds", "add", file.string()}).exit_code == 0);

  const fs::path latest = directory.path() / "latest";
  const auto exported = run_oda(database.dsn(), {"export", "sbds", latest.string()});
  CHECK(exported.exit_code == 0);
  CHECK(exported.out == "exported 1 sbds documents to " + latest.string() + "\n");
  CHECK(nlohmann::json::parse(read_text(latest / "sbd-cli-00001.json")).at("name") == "second");

  const fs::path all = directory.path() / "all";
  const auto versions = run_oda(database.dsn(), {"export", "sbd", all.string(),
                                                 "--all-versions"});
  CHECK(versions.exit_code == 0);
  CHECK(nlohmann::json::parse(read_text(all / "sbd-cli-00001.v1.json")).at("name") == "first");
  CHECK(fs::exists(all / "sbd-cli-00001.v2.json"));
}

TEST_CASE("oda import of a directory with a broken file") {
  const CliDatabase database;
  const test::TempDirectory directory;
  test::write_file(directory.path() / "a.json", sbd_json("sbd-cli-00001", "good"));
  test::write_file(directory.path() / "b.json", "{\n  \"sbd_id\": \"sbd-cli-00002\",\n  oops\n}\n");
  fs::create_directories(directory.path() / "nested");
  test::write_file(directory.path() / "nested" / "c.json",
                   "[" + sbd_json("sbd-cli-00003", "in an array") +
                       R"(, {"obs_prg_id": "obs-prg-1"}, {"sbd_ref": "sbd-cli-00001", )"
                       R"("sbd_version": 1, "current_status": "Ready"}, )"
                       R"({"sbd_ref": "sbd-cli-missing", "current_status": "Ready"}, )"
                       R"({"interface": "https://schema.skao.int/ska-oso-pdm-eb/0.1", )"
                       R"("eb_id": "eb-cli-00001", "status": "finished"}])");
  test::write_file(directory.path() / "notes.txt", "not imported");
  const std::vector<std::pair<fs::path, std::string>> paths = {{directory.path(), "<DIR>"}};

  const auto import = run_oda(database.dsn(), {"import", directory.path().string()});
  CHECK(import.exit_code == 1);
  check_golden("import_broken.txt", normalize(import.out, paths));

  const auto status = run_oda(database.dsn(), {"--json", "sbds", "status", "sbd-cli-00001"});
  REQUIRE(status.exit_code == 0);
  CHECK(nlohmann::json::parse(status.out).at("status") == "Ready");

  const auto atomic = run_oda(database.dsn(), {"import", "--atomic", directory.path().string()});
  CHECK(atomic.exit_code == 1);
  CHECK_THAT(atomic.out, Catch::Contains("rolled back"));
}

TEST_CASE("oda import applies a tracking status") {
  const CliDatabase database;
  const test::TempDirectory directory;
  test::write_file(directory.path() / "sbi.json",
                   R"({"interface": "https://schema.skao.int/ska-oso-pdm-sbi/0.1", )"
                   R"("sbi_id": "sbi-cli-00001", "status": "executing"})");
  test::write_file(directory.path() / "prj.json", R"({"name": "no id", "obs_blocks": []})");

  const auto first = run_oda(database.dsn(), {"--json", "import", directory.path().string()});
  REQUIRE(first.exit_code == 0);
  CHECK(nlohmann::json::parse(first.out).at("imported") == 2);

  const auto document = run_oda(database.dsn(), {"--json", "sbis", "get", "sbi-cli-00001"});
  REQUIRE(document.exit_code == 0);
  CHECK_FALSE(nlohmann::json::parse(document.out).contains("status"));
  const auto status = run_oda(database.dsn(), {"--json", "sbis", "status", "sbi-cli-00001"});
  CHECK(nlohmann::json::parse(status.out).at("status") == "Executing");

  // The Project without an id gets the same content-derived id each time.
  const auto again = run_oda(database.dsn(), {"--json", "import", directory.path().string()});
  REQUIRE(again.exit_code == 0);
  CHECK(nlohmann::json::parse(again.out).at("unchanged") == 2);
  const auto projects = run_oda(database.dsn(), {"--json", "prjs", "query"});
  const auto list = nlohmann::json::parse(projects.out);
  REQUIRE(list.size() == 1);
  CHECK_THAT(list[0].at("prj_id").get<std::string>(), Catch::Matches("prj-[0-9a-f]{16}"));
}

TEST_CASE("oda errors: one line and exit code") {
  const CliDatabase database;
  const test::TempDirectory directory;
  const fs::path invalid = directory.path() / "invalid.json";
  test::write_file(invalid, "{\n  \"sbd_id\": \"sbd-cli-00001\",\n  \"name\": \n}\n");

  struct Case {
    std::string name;
    std::vector<std::string> arguments;
    int exit_code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"unknown kind", {"foo", "get", "x"}, 2, "oda: unknown command \"foo\""},
      {"unknown export kind", {"export", "foo", directory.path().string()}, 2,
       "unknown kind \"foo\"; use one of sbds, sbis, ebs, prjs, prsls, panels, rvws, pnlds, "
       "prslacc"},
      {"missing file", {"sbds", "add", "/nonexistent/sbd.json"}, 1,
       "oda: /nonexistent/sbd.json: no such file; check the path"},
      {"invalid JSON", {"sbds", "add", invalid.string()}, 1,
       "oda: " + invalid.string() + ":4:1: invalid JSON: "},
      {"bad date", {"sbds", "query", "--modified-before", "last week"}, 2,
       "oda: --modified-before: invalid date \"last week\"; use ISO 8601 such as "
       "2026-01-22T15:43:00Z"},
      {"missing entity", {"sbds", "get", "sbd-cli-missing"}, 1,
       "oda: SBDefinition sbd-cli-missing not found"},
      {"unknown where field", {"sbds", "query", "--where", "colour=red"}, 2,
       "cannot filter sbds on \"colour\""},
      {"import of a missing path", {"import", "/nonexistent"}, 1,
       "oda: /nonexistent: no such file or directory; check the path"},
  };
  for (const Case& error_case : cases) {
    SECTION(error_case.name) {
      const auto result = run_oda(database.dsn(), error_case.arguments);
      CHECK(result.exit_code == error_case.exit_code);
      CHECK(result.out.empty());
      CHECK_THAT(result.err, Catch::Contains(error_case.message));
      // One line: the message and its newline.
      CHECK(result.err.find('\n') == result.err.size() - 1);
    }
  }
}

TEST_CASE("oda of an unreachable server") {
  const std::string dsn = "host=127.0.0.1 port=1 connect_timeout=2";
  const test::TempDirectory directory;
  const fs::path export_dir = directory.path() / "export";
  for (const std::vector<std::string>& arguments :
       std::vector<std::vector<std::string>>{{"sbds", "get", "sbd-1"},
                                             {"sbds", "query"},
                                             {"import", examples_dir.string()},
                                             {"export", "sbds", export_dir.string()}}) {
    const auto start = std::chrono::steady_clock::now();
    const auto result = run_oda(dsn, arguments);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    INFO("oda " << arguments.front() << " " << arguments.at(1));
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.err, Catch::StartsWith("oda: cannot connect to PostgreSQL at "));
    CHECK(result.err.find('\n') == result.err.size() - 1);
    CHECK(elapsed < std::chrono::seconds(8));
  }
  CHECK_FALSE(fs::exists(export_dir));
}

#endif  // SKA_ODA_TOOL_PATH
