#include "migration/connection_target.hpp"

#include <cstdlib>
#include <map>
#include <memory>
#include <optional>

#include <libpq-fe.h>

#include <ska/oda/error.hpp>

#include "migration/error_context.hpp"

namespace ska::oda::migration {

namespace {

using OptionArray = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

/// Quotes a value for a keyword='value' connection string, where a
/// backslash escapes a quote or another backslash.
std::string quote_value(const std::string& value) {
  std::string quoted = "'";
  for (const char c : value) {
    if (c == '\'' || c == '\\') {
      quoted.push_back('\\');
    }
    quoted.push_back(c);
  }
  quoted.push_back('\'');
  return quoted;
}

/// Returns the values that a connection would use for the keywords shown in
/// messages: the connection string's own, else libpq's defaults, which
/// include the PG* variables.
std::map<std::string, std::string> effective_values(const PQconninfoOption* parsed) {
  std::map<std::string, std::string> values;
  const OptionArray defaults(PQconndefaults(), &PQconninfoFree);
  for (const PQconninfoOption* option = defaults.get(); option != nullptr && option->keyword != nullptr;
       ++option) {
    if (option->val != nullptr && *option->val != '\0') {
      values[option->keyword] = option->val;
    }
  }
  for (const PQconninfoOption* option = parsed; option->keyword != nullptr; ++option) {
    if (option->val != nullptr && *option->val != '\0') {
      values[option->keyword] = option->val;
    }
  }
  return values;
}

std::string describe(const std::map<std::string, std::string>& values) {
  const auto value_of = [&](const char* keyword) -> std::optional<std::string> {
    const auto found = values.find(keyword);
    return found == values.end() ? std::nullopt : std::optional(found->second);
  };

  std::string description;
  if (const auto host = value_of("host")) {
    description = "host \"" + *host + "\"";
  } else if (const auto address = value_of("hostaddr")) {
    description = "host address " + *address;
  } else {
    description = "the default Unix socket";
  }
  description += ", port " + value_of("port").value_or("5432");
  if (const auto database = value_of("dbname")) {
    description += ", database \"" + *database + "\"";
  }
  return description;
}

}  // namespace

ConnectionTarget prepare_connection(const std::string& connection_string,
                                    int default_timeout_seconds) {
  char* raw_message = nullptr;
  const OptionArray parsed(PQconninfoParse(connection_string.c_str(), &raw_message),
                           &PQconninfoFree);
  if (parsed == nullptr) {
    // libpq's message can quote a fragment of the string, which may be a
    // password, so it goes to the detail only.
    std::string message = raw_message != nullptr ? raw_message : "out of memory";
    PQfreemem(raw_message);
    throw UsageError("invalid libpq connection string (libpq's message is in the error detail)",
                     migration_context("connect", message));
  }

  ConnectionTarget target;
  bool has_timeout = false;
  for (const PQconninfoOption* option = parsed.get(); option->keyword != nullptr; ++option) {
    if (option->val == nullptr) {
      continue;
    }
    const std::string keyword = option->keyword;
    has_timeout = has_timeout || keyword == "connect_timeout";
    target.connection_string += keyword + "=" + quote_value(option->val) + " ";
  }
  // NOTE: libpq applies connect_timeout to each host of a multi-host string,
  // so such a string can take that many times longer to fail.
  const char* environment_timeout = std::getenv("PGCONNECT_TIMEOUT");
  if (!has_timeout && (environment_timeout == nullptr || *environment_timeout == '\0')) {
    target.connection_string += "connect_timeout=" + std::to_string(default_timeout_seconds);
  }

  target.description = describe(effective_values(parsed.get()));
  return target;
}

}  // namespace ska::oda::migration
