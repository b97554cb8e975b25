#include <ska/oda/unit_of_work.hpp>

#include <fmt/format.h>

#include <ska/oda/error.hpp>

#include "core/document_fields.hpp"

namespace ska::oda {

StoredEntity UnitOfWork::linked(EntityKind kind, std::string_view id, EntityKind target) {
  const LinkField& link = detail::link_to(kind, target);
  const StoredEntity source = documents(kind).get(id);
  const KindDescriptor& descriptor = describe(kind);

  // The link columns were copied from this document when it was stored, so
  // reading them from the document gives the same values.
  const auto values = detail::link_values(source.document, descriptor);
  std::optional<std::string> target_id;
  std::optional<int> target_version;
  for (std::size_t index = 0; index < descriptor.links.size(); ++index) {
    const LinkField& field = descriptor.links[index];
    if (&field == &link) {
      target_id = values[index];
    } else if (target == EntityKind::sbd && field.column == "sbd_version" && values[index]) {
      target_version = std::stoi(*values[index]);
    }
  }
  if (!target_id) {
    throw NotFound(fmt::format("{} {} has no {}", descriptor.entity_name, id, link.column),
                   {.operation = "follow link",
                    .entity_kind = std::string(descriptor.name),
                    .entity_id = std::string(id)});
  }
  return documents(target).get(*target_id, target_version);
}

std::vector<StoredEntity> UnitOfWork::referencing(EntityKind source, EntityKind target,
                                                  std::string_view id) {
  const LinkField& link = detail::link_to(source, target);
  Query query;
  query.where.push_back({std::string(link.column), {std::string(id)}});
  query.limit = 0;
  return documents(source).query(query).entities;
}

}  // namespace ska::oda
