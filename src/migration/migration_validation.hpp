#pragma once

#include <string>
#include <vector>

#include <ska/oda/migration/migration_script.hpp>

#include "migration/migration_session.hpp"

namespace ska::oda::migration {

/// A reason to reject a migration directory against a database.
struct MigrationProblem {
  int version = 0;
  /// The file, or the recorded name when the file is missing.
  std::string file;
  /// One line that starts with the file name, worded as sql/migrate.sh words it.
  std::string message;
};

/// Returns every problem that makes migrate() reject the directory, ordered
/// by version and then message: an applied version whose checksum differs
/// from its file, an applied version without a file, and a pending version
/// lower than the highest applied one.
std::vector<MigrationProblem> find_problems(const std::vector<MigrationScript>& scripts,
                                            const std::vector<RecordedMigration>& recorded);

}  // namespace ska::oda::migration
