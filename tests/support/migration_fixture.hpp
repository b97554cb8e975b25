#pragma once

#include <filesystem>
#include <string>

namespace ska::oda::test {

/// Fills a directory with a copy of sql/migrations_table.sql and three
/// scripts, V0001__create_runs.sql, V0002__second_run.sql and
/// V0003__add_table.sql. V0001 creates the table fixture_runs, and each
/// script inserts one row into it naming itself, so the rows show how often
/// the scripts ran. With second_script_sleep_s above 0, V0002 first sleeps
/// that many seconds.
void make_fixture_directory(const std::filesystem::path& directory, double second_script_sleep_s = 0);

/// Copies sql/ of the source tree, with migrate.sh, into a directory.
void copy_sql_directory(const std::filesystem::path& directory);

/// Appends a line to a file.
void append_line(const std::filesystem::path& path, const std::string& line);

}  // namespace ska::oda::test
