#include "support/migration_fixture.hpp"

#include <fstream>

#include <catch2/catch.hpp>

#include "support/temp_directory.hpp"
#include "support/test_paths.hpp"

namespace ska::oda::test {

namespace fs = std::filesystem;

void make_fixture_directory(const fs::path& directory, double second_script_sleep_s) {
  fs::create_directories(directory);
  fs::copy_file(sql_dir() / "migrations_table.sql", directory / "migrations_table.sql",
                fs::copy_options::overwrite_existing);
  write_file(directory / "V0001__create_runs.sql",
             "CREATE TABLE fixture_runs (script text NOT NULL);\n"
             "INSERT INTO fixture_runs VALUES ('V0001');\n");
  std::string second = "INSERT INTO fixture_runs VALUES ('V0002');\n";
  if (second_script_sleep_s > 0) {
    second = "SELECT pg_sleep(" + std::to_string(second_script_sleep_s) + ");\n" + second;
  }
  write_file(directory / "V0002__second_run.sql", second);
  write_file(directory / "V0003__add_table.sql",
             "CREATE TABLE fixture_added (id integer);\n"
             "INSERT INTO fixture_runs VALUES ('V0003');\n");
}

void copy_sql_directory(const fs::path& directory) {
  fs::create_directories(directory);
  fs::copy(sql_dir(), directory, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

void append_line(const fs::path& path, const std::string& line) {
  std::ofstream stream(path, std::ios::binary | std::ios::app);
  stream << line << '\n';
  stream.close();
  if (!stream) {
    FAIL("failed to append to " + path.string());
  }
}

}  // namespace ska::oda::test
