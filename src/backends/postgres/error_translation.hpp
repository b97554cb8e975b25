#pragma once

#include <ska/oda/error.hpp>

namespace ska::oda::postgres::detail {

/// Rethrows the exception being handled as the ska::oda error that fits it,
/// keeping the SQLSTATE and putting the server's text in the detail. Call it
/// only from inside a catch block.
[[noreturn]] void rethrow_translated(ErrorContext context);

/// Returns a short, password-free description of where a libpq connection
/// string leads, such as `host=/tmp port=5432 dbname=oda user=oda`.
std::string describe_target(const std::string& connection_string);

}  // namespace ska::oda::postgres::detail
