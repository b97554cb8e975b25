#pragma once

// Query rules shared by the backends: checking a query against its kind and
// encoding the keyset cursor, so that both backends accept and reject the
// same queries and page the same way. The functions are exported only so
// that the unit tests can reach them; they are not part of the public API.

#include <optional>
#include <string>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/export.hpp>
#include <ska/oda/query.hpp>
#include <ska/oda/stored_entity.hpp>

namespace ska::oda::detail {

/// Where the previous page ended: the order column's value, then the id and
/// the version, which make the order total.
struct QueryCursor {
  std::string order_value;
  std::string entity_id;
  int version = 0;
};

/// Returns the query with status filter values in the kind's current
/// spelling. Throws UsageError for a filter on an unknown field, an empty
/// value list, a non-integer value for an integer link column, or a status
/// the kind does not have.
SKA_ODA_EXPORT Query checked_query(const KindDescriptor& kind, const Query& query);

/// The field filtered as `status`: the entity's current status.
inline constexpr std::string_view status_field = "status";

/// Returns the link field of a kind named `column`, or null.
SKA_ODA_EXPORT const LinkField* find_link(const KindDescriptor& kind, std::string_view column);

SKA_ODA_EXPORT std::string encode_cursor(const QueryCursor& cursor);
/// Throws UsageError naming the cursor when it is not one encode_cursor made.
SKA_ODA_EXPORT QueryCursor decode_cursor(const std::string& text);

/// The cursor that continues after an entity in the given order.
SKA_ODA_EXPORT QueryCursor cursor_after(const StoredEntity& entity, QueryOrder order);

/// Escapes `%`, `_` and `\` so that LIKE matches the text literally.
SKA_ODA_EXPORT std::string escape_like(std::string_view text);

}  // namespace ska::oda::detail
