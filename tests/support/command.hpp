#pragma once

#include <map>
#include <string>
#include <vector>

namespace ska::oda::test {

/// What a finished subprocess left behind.
struct CommandResult {
  /// The exit status, or 128 + the signal number when a signal ended it.
  int exit_code = 0;
  std::string out;
  std::string err;
};

/// Runs a program through /bin/sh with the arguments quoted, adding the
/// environment variables to the test's own, and waits for it.
CommandResult run_command(const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment = {});

}  // namespace ska::oda::test
