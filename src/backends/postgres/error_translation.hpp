#pragma once

#include <optional>
#include <string>

#include <ska/oda/error.hpp>

namespace ska::oda::postgres::detail {

/// Rethrows the exception being handled as the ska::oda error that fits it,
/// keeping the SQLSTATE and putting the server's text in the detail. Call it
/// only from inside a catch block.
[[noreturn]] void rethrow_translated(ErrorContext context);

/// Returns why libpq cannot parse a connection string, or nothing when it
/// can. The reason never quotes a password.
std::optional<std::string> connection_string_problem(const std::string& connection_string);

/// The first line of a server or libpq message.
std::string first_line(const std::string& text);

/// Returns a short, password-free description of where a libpq connection
/// string leads, such as `host=/tmp port=5432 dbname=oda user=oda`.
std::string describe_target(const std::string& connection_string);

}  // namespace ska::oda::postgres::detail
