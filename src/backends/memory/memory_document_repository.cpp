#include "backends/memory/memory_document_repository.hpp"

#include <fmt/format.h>

#include <ska/oda/error.hpp>

#include "backends/memory/memory_query.hpp"
#include "backends/memory/memory_unit_of_work.hpp"
#include "core/document_fields.hpp"
#include "core/query_support.hpp"

namespace ska::oda::memory::detail {

MemoryDocumentRepository::MemoryDocumentRepository(MemoryUnitOfWork& unit, EntityKind kind)
    : unit_(unit), kind_(kind), descriptor_(describe(kind)) {}

ErrorContext MemoryDocumentRepository::context(std::string operation, std::string_view id,
                                               std::optional<int> version) const {
  return {.operation = std::move(operation),
          .entity_kind = std::string(descriptor_.name),
          .entity_id = std::string(id),
          .version = version};
}

StoredEntity MemoryDocumentRepository::add(Json document, std::string_view user,
                                           std::optional<int> expected_version) {
  unit_.ensure_open("add");
  oda::detail::check_expected_version(expected_version);
  const std::string id =
      oda::detail::prepare_document(document, descriptor_, unit_.state().id_generator());
  oda::detail::storable_text(document, descriptor_);
  const std::string user_name = oda::detail::resolve_user(user);

  auto links = oda::detail::link_values(document, descriptor_);

  EntityRecord& record = unit_.write(kind_, id);
  const int latest = record.versions.empty() ? 0 : record.versions.back().entity.version.version;
  if (expected_version && latest != *expected_version) {
    throw StaleEntity(fmt::format("{} {} is at version {}, not the expected version {}; read it "
                                  "again and reapply the change",
                                  descriptor_.entity_name, id, latest, *expected_version),
                      *expected_version, latest, context("add", id));
  }

  EntityVersion version{.entity_id = id,
                        .version = latest + 1,
                        .created_by = user_name,
                        .created_on = unit_.now(),
                        .last_modified_by = user_name,
                        .last_modified_on = unit_.now()};
  if (latest > 0) {
    version.created_by = record.versions.back().entity.version.created_by;
    version.created_on = record.versions.back().entity.version.created_on;
  }
  oda::detail::stamp_metadata(document, version);

  MemoryRow row{{document, version, std::nullopt}, std::move(links)};
  if (latest == 0 && !descriptor_.statuses.empty()) {
    const std::string initial = oda::detail::document_status(document, descriptor_)
                                    .value_or(std::string(descriptor_.initial_status));
    record.statuses.push_back(
        {kind_, id, 1, initial, std::nullopt, user_name, unit_.now()});
    row.entity.status = initial;
  }
  StoredEntity stored{std::move(document), version, row.entity.status};
  row.entity.status.reset();
  record.versions.push_back(std::move(row));
  return stored;
}

std::vector<StoredEntity> MemoryDocumentRepository::add_many(std::vector<Json> documents,
                                                             std::string_view user) {
  unit_.ensure_open("add");
  // Every document is checked before any is written, as in PostgreSQL.
  for (Json& document : documents) {
    oda::detail::prepare_document(document, descriptor_, unit_.state().id_generator());
    oda::detail::storable_text(document, descriptor_);
  }

  std::vector<StoredEntity> stored;
  stored.reserve(documents.size());
  for (Json& document : documents) {
    stored.push_back(add(std::move(document), user, std::nullopt));
  }
  return stored;
}

StoredEntity MemoryDocumentRepository::get(std::string_view id, std::optional<int> version) {
  unit_.ensure_open("get");
  const auto record = unit_.read(kind_, id);
  const std::string subject = fmt::format("{} {}", descriptor_.entity_name, id);
  if (!record) {
    throw NotFound(version ? fmt::format("version {} of {} not found", *version, subject)
                           : subject + " not found",
                   context("get", id, version));
  }
  const MemoryRow* row = &record->versions.back();
  if (version) {
    if (*version < 1 || *version > static_cast<int>(record->versions.size())) {
      throw NotFound(fmt::format("version {} of {} not found", *version, subject),
                     context("get", id, version));
    }
    row = &record->versions[static_cast<std::size_t>(*version - 1)];
  }
  StoredEntity entity = row->entity;
  if (!record->statuses.empty()) {
    entity.status = record->statuses.back().status;
  }
  return entity;
}

bool MemoryDocumentRepository::contains(std::string_view id) {
  unit_.ensure_open("contains");
  return unit_.read(kind_, id).has_value();
}

std::vector<EntityVersion> MemoryDocumentRepository::versions(std::string_view id) {
  unit_.ensure_open("versions");
  const auto record = unit_.read(kind_, id);
  if (!record) {
    throw NotFound(fmt::format("{} {} not found", descriptor_.entity_name, id),
                   context("versions", id));
  }
  std::vector<EntityVersion> versions;
  for (const MemoryRow& row : record->versions) {
    versions.push_back(row.entity.version);
  }
  return versions;
}

QueryPage MemoryDocumentRepository::query(const Query& query) {
  unit_.ensure_open("query");
  const Query checked = oda::detail::checked_query(descriptor_, query);
  return evaluate_query(descriptor_, unit_.read_all(kind_), checked);
}

void MemoryDocumentRepository::remove(std::string_view id) {
  unit_.ensure_open("remove");
  if (!unit_.read(kind_, id)) {
    throw NotFound(fmt::format("{} {} not found", descriptor_.entity_name, id),
                   context("remove", id));
  }
  unit_.erase(kind_, id);
}

}  // namespace ska::oda::memory::detail
