#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <ska/oda/export.hpp>

namespace ska::oda {

/// Where a migration version stands between the directory and the database.
enum class MigrationState {
  /// Recorded in oda_schema_migrations with the file's checksum.
  applied,
  /// Recorded, but the file's checksum differs from the recorded one, so
  /// migrate() rejects the directory.
  checksum_mismatch,
  /// In the directory and not recorded. A pending version lower than the
  /// highest applied one makes migrate() reject the directory.
  pending,
  /// Recorded, but the directory has no file of that version, so migrate()
  /// rejects the directory.
  missing_file,
};

/// Returns "applied", "checksum mismatch", "pending" or "missing file".
SKA_ODA_EXPORT std::string_view to_string(MigrationState state);

/// One version of a migration directory compared with the database.
struct MigrationStatus {
  int version = 0;
  /// The file name, or the recorded name when the file is missing.
  std::string name;
  /// The file's SHA-256, or the recorded one when the file is missing.
  std::string checksum;
  /// The SHA-256 recorded when the version was applied; empty when pending.
  std::string recorded_checksum;
  MigrationState state = MigrationState::pending;
  /// Start of the transaction that applied the version; empty when pending.
  std::optional<std::chrono::sys_time<std::chrono::microseconds>> applied_on;
  /// Database role that applied the version; empty when pending.
  std::string applied_by;
  /// Time the script took to run, in milliseconds; empty when pending.
  std::optional<std::int64_t> execution_ms;
};

}  // namespace ska::oda
