#pragma once

#include <ska/oda/document_repository.hpp>
#include <ska/oda/error.hpp>

namespace ska::oda::memory::detail {

class MemoryUnitOfWork;

/// The entities of one kind in a MemoryUnitOfWork.
class MemoryDocumentRepository final : public DocumentRepository {
public:
  MemoryDocumentRepository(MemoryUnitOfWork& unit, EntityKind kind);

  EntityKind kind() const noexcept override { return kind_; }

  StoredEntity add(Json document, std::string_view user,
                   std::optional<int> expected_version) override;
  std::vector<StoredEntity> add_many(std::vector<Json> documents, std::string_view user) override;
  StoredEntity get(std::string_view id, std::optional<int> version) override;
  bool contains(std::string_view id) override;
  std::vector<EntityVersion> versions(std::string_view id) override;
  QueryPage query(const Query& query) override;
  void remove(std::string_view id) override;

private:
  ErrorContext context(std::string operation, std::string_view id = {},
                       std::optional<int> version = std::nullopt) const;

  MemoryUnitOfWork& unit_;
  EntityKind kind_;
  const KindDescriptor& descriptor_;
};

}  // namespace ska::oda::memory::detail
