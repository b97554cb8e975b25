#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>

namespace ska::oda {

/// A versioned migration script: a file named V<digits>__<description>.sql.
struct MigrationScript {
  /// The integer value of the digits after V, from 1 up.
  int version = 0;
  /// The file name without directory, as recorded in oda_schema_migrations.
  std::string name;
  /// The full path of the file.
  std::filesystem::path path;
  /// Lower-case hex SHA-256 of the file bytes.
  std::string checksum;

  friend bool operator==(const MigrationScript&, const MigrationScript&) = default;
};

/// Scans a migration directory and returns its scripts ordered by version,
/// with checksums taken from the file bytes.
///
/// Only names matching the shell pattern `V[0-9]*.sql` count, as in
/// sql/migrate.sh. Throws MigrationError, naming the files, when such a name
/// is not a regular file named V<digits>__<description>.sql with only
/// letters, digits, '_', '.' and '-' in the description, when two files
/// share a version, or when the versions are not exactly 1..N. Throws
/// MigrationError when the directory is missing or a file cannot be read.
/// Never contacts a database.
SKA_ODA_EXPORT std::vector<MigrationScript> scan_migrations(const std::filesystem::path& directory);

}  // namespace ska::oda
