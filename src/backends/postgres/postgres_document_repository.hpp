#pragma once

#include <ska/oda/document_repository.hpp>
#include <ska/oda/error.hpp>

namespace ska::oda::postgres::detail {

class PostgresUnitOfWork;

/// The entity table of one kind, through the prepared statements of
/// statements.cpp.
class PostgresDocumentRepository final : public DocumentRepository {
public:
  PostgresDocumentRepository(PostgresUnitOfWork& unit, EntityKind kind);

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
  /// A document checked and serialized for an insert.
  struct PreparedDocument {
    std::string id;
    std::string text;
    std::optional<std::string> initial_status;
    std::vector<std::optional<std::string>> links;
  };

  PreparedDocument prepare_for_add(Json& document) const;
  void insert_batch(const std::vector<std::size_t>& batch,
                    std::vector<PreparedDocument>& prepared, std::vector<Json>& documents,
                    const std::string& user_name,
                    std::vector<std::optional<StoredEntity>>& stored);
  ErrorContext context(std::string operation, std::string_view id = {},
                       std::optional<int> version = std::nullopt) const;
  [[noreturn]] void throw_not_found(std::string_view id, std::optional<int> version) const;

  PostgresUnitOfWork& unit_;
  EntityKind kind_;
  const KindDescriptor& descriptor_;
};

}  // namespace ska::oda::postgres::detail
