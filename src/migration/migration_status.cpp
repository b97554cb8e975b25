#include <ska/oda/migration/migration_status.hpp>

namespace ska::oda {

std::string_view to_string(MigrationState state) {
  switch (state) {
    case MigrationState::applied:
      return "applied";
    case MigrationState::checksum_mismatch:
      return "checksum mismatch";
    case MigrationState::pending:
      return "pending";
    case MigrationState::missing_file:
      return "missing file";
  }
  return "unknown";
}

}  // namespace ska::oda
