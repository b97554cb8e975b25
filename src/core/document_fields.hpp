#pragma once

// Rules shared by every backend for the fields the archive manages in a
// document: the entity id, the link columns and the metadata.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/json.hpp>
#include <ska/oda/skuid.hpp>
#include <ska/oda/stored_entity.hpp>

namespace ska::oda::detail {

/// The user recorded when a caller gives none, as in the Python ODA.
inline constexpr std::string_view default_user_name = "DefaultUser";

/// Returns the user to record: the given one, or DefaultUser when it is
/// empty. Throws ValidationError for a name with a NUL character or invalid
/// UTF-8, which PostgreSQL text cannot hold.
std::string resolve_user(std::string_view user);

/// Checks that a document is an object with a usable id and link fields, and
/// gives it a new SKUID when the id field is absent, null or empty. Returns
/// the id. Throws ValidationError naming the JSON path of a wrong field.
std::string prepare_document(Json& document, const KindDescriptor& kind,
                             SkuidGenerator& generator);

/// Throws UsageError for a negative expected version; 0 means "must not
/// exist yet".
void check_expected_version(std::optional<int> expected_version);

/// Throws ValidationError naming the JSON path when a link field has the
/// wrong type, or a version link is below 1, as the tables' CHECKs require.
void check_link_fields(const Json& document, const KindDescriptor& kind, const std::string& id);

/// Serializes a document for storage. Throws ValidationError, naming the
/// JSON path, when a string or key holds a NUL character (PostgreSQL's jsonb
/// rejects `\u0000`, so every backend rejects it before the server would),
/// and when a string is not valid UTF-8.
std::string storable_text(const Json& document, const KindDescriptor& kind);

/// Values of the kind's link columns, in descriptor order, as text: the
/// first JSON pointer that resolves to a value of the column's type wins.
std::vector<std::optional<std::string>> link_values(const Json& document,
                                                    const KindDescriptor& kind);

/// Writes the archive's metadata into the document, keeping the position of
/// keys that already exist and any other metadata keys, such as pdm_version.
void stamp_metadata(Json& document, const EntityVersion& version);

/// Returns the document's top-level "status" in the kind's spelling, when it
/// has one that is valid for the kind.
std::optional<std::string> document_status(const Json& document, const KindDescriptor& kind);

/// Returns the link column of `kind` that refers to `target`. Throws
/// UsageError when there is none.
const LinkField& link_to(EntityKind kind, EntityKind target);

}  // namespace ska::oda::detail
