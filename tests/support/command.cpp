#include "support/command.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "support/temp_directory.hpp"

namespace ska::oda::test {

namespace {

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted.push_back(c);
    }
  }
  return quoted + "'";
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment) {
  const TempDirectory output;
  std::string command;
  for (const auto& [name, value] : environment) {
    command += name + "=" + shell_quote(value) + " ";
  }
  for (const std::string& argument : arguments) {
    command += shell_quote(argument) + " ";
  }
  command += "</dev/null >" + shell_quote((output.path() / "out").string()) + " 2>" +
             shell_quote((output.path() / "err").string());

  const int status = std::system(command.c_str());
  if (status == -1) {
    FAIL("failed to start /bin/sh for: " + command);
  }
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_all(output.path() / "out");
  result.err = read_all(output.path() / "err");
  return result;
}

}  // namespace ska::oda::test
