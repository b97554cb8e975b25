#include "backends/memory/memory_status_repository.hpp"

#include <fmt/format.h>

#include <ska/oda/error.hpp>

#include "backends/memory/memory_unit_of_work.hpp"
#include "core/document_fields.hpp"
#include "core/status_rules.hpp"

namespace ska::oda::memory::detail {

StatusRecord MemoryStatusRepository::update_status(EntityKind kind, std::string_view id,
                                                   std::string_view status,
                                                   std::string_view user,
                                                   std::optional<int> version) {
  unit_.ensure_open("update status");
  const std::string normalized = oda::detail::checked_status(kind, status);
  const auto existing = unit_.read(kind, id);
  const int latest = existing ? static_cast<int>(existing->versions.size()) : 0;
  if (latest == 0 || (version && (*version < 1 || *version > latest))) {
    const std::string subject = fmt::format("{} {}", describe(kind).entity_name, id);
    throw NotFound(version ? fmt::format("version {} of {} not found", *version, subject)
                           : subject + " not found",
                   {.operation = "update status",
                    .entity_kind = std::string(describe(kind).name),
                    .entity_id = std::string(id),
                    .version = version});
  }

  EntityRecord& record = unit_.write(kind, id);
  StatusRecord appended{kind,
                        std::string(id),
                        version.value_or(latest),
                        normalized,
                        std::nullopt,
                        oda::detail::resolve_user(user),
                        unit_.now()};
  if (!record.statuses.empty()) {
    appended.previous_status = record.statuses.back().status;
  }
  record.statuses.push_back(appended);
  return appended;
}

std::optional<StatusRecord> MemoryStatusRepository::current_status(EntityKind kind,
                                                                   std::string_view id) {
  unit_.ensure_open("read status");
  const auto record = unit_.read(kind, id);
  if (!record || record->statuses.empty()) {
    return std::nullopt;
  }
  return record->statuses.back();
}

std::vector<StatusRecord> MemoryStatusRepository::history(EntityKind kind, std::string_view id) {
  unit_.ensure_open("read status history");
  const auto record = unit_.read(kind, id);
  return record ? record->statuses : std::vector<StatusRecord>{};
}

}  // namespace ska::oda::memory::detail
