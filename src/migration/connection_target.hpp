#pragma once

#include <string>

namespace ska::oda::migration {

/// A libpq connection string ready to use, and the server it names in words
/// fit for error messages.
struct ConnectionTarget {
  /// Every parameter of the caller's connection string in keyword='value'
  /// form, plus connect_timeout when neither the string nor the
  /// PGCONNECT_TIMEOUT variable sets it.
  std::string connection_string;
  /// The host, port and database, such as `host "db", port 5432, database
  /// "oda"`. Never contains the password.
  std::string description;
};

/// Parses a libpq connection string (keyword=value pairs or a URI) and adds
/// a connect timeout in seconds. Parameters the string leaves out still come
/// from the PG* variables when libpq connects. Throws UsageError when libpq
/// cannot parse the string.
ConnectionTarget prepare_connection(const std::string& connection_string,
                                    int default_timeout_seconds);

}  // namespace ska::oda::migration
