#include "migration/migration_validation.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace ska::oda::migration {

std::vector<MigrationProblem> find_problems(const std::vector<MigrationScript>& scripts,
                                            const std::vector<RecordedMigration>& recorded) {
  std::map<int, const RecordedMigration*> recorded_by_version;
  int highest_applied = 0;
  for (const RecordedMigration& row : recorded) {
    recorded_by_version[row.version] = &row;
    highest_applied = std::max(highest_applied, row.version);
  }
  std::map<int, const MigrationScript*> scripts_by_version;
  for (const MigrationScript& script : scripts) {
    scripts_by_version[script.version] = &script;
  }

  std::vector<MigrationProblem> problems;
  for (const MigrationScript& script : scripts) {
    const auto found = recorded_by_version.find(script.version);
    const std::string version = std::to_string(script.version);
    if (found != recorded_by_version.end()) {
      const RecordedMigration& row = *found->second;
      if (row.checksum != script.checksum) {
        problems.push_back(
            {script.version, script.name,
             script.name + ": checksum of applied version " + version +
                 " differs from the file (database " + row.checksum + ", file " +
                 script.checksum + "); add a new version instead of editing an applied script"});
      }
    } else if (script.version < highest_applied) {
      problems.push_back({script.version, script.name,
                          script.name + ": pending version " + version +
                              " is lower than the highest applied version " +
                              std::to_string(highest_applied)});
    }
  }
  for (const RecordedMigration& row : recorded) {
    if (!scripts_by_version.contains(row.version)) {
      problems.push_back({row.version, row.name,
                          row.name + ": applied version " + std::to_string(row.version) +
                              " has no file in the migration directory"});
    }
  }

  std::sort(problems.begin(), problems.end(),
            [](const MigrationProblem& a, const MigrationProblem& b) {
              return std::tie(a.version, a.message) < std::tie(b.version, b.message);
            });
  return problems;
}

}  // namespace ska::oda::migration
