#include "storable_document.hpp"

#include <openssl/evp.h>

#include <array>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ska/oda/error.hpp>

namespace ska::oda::cli {

namespace {

constexpr std::size_t derived_id_hex_digits = 16;

/// Converts to nlohmann::json, whose objects are sorted by key, and drops
/// the top-level metadata.
nlohmann::json canonical_content(const Json& document) {
  nlohmann::json content = nlohmann::json::parse(document.dump());
  if (content.is_object()) {
    content.erase("metadata");
  }
  return content;
}

std::string sha256_hex(const std::string& bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) !=
      1) {
    throw Error("computing a SHA-256 digest with OpenSSL failed");
  }
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += fmt::format("{:02x}", digest[i]);
  }
  return hex;
}

bool has_id(const Json& document, const KindDescriptor& descriptor) {
  const auto found = document.find(std::string(descriptor.id_field));
  if (found == document.end() || found->is_null()) {
    return false;
  }
  return !(found->is_string() && found->get_ref<const std::string&>().empty());
}

}  // namespace

StorableDocument make_storable(EntityKind kind, Json document, bool has_tracking_status,
                               bool derive_missing_id) {
  const KindDescriptor& descriptor = describe(kind);
  StorableDocument storable;

  if (has_tracking_status && document.is_object() && document.contains("status")) {
    const Json status = document["status"];
    document.erase("status");
    const std::string text = status.is_string() ? status.get<std::string>() : status.dump();
    const auto normalized = normalize_status(kind, text);
    if (!normalized) {
      throw ValidationError(
          fmt::format("tracking status \"{}\" is not valid for {}; the valid statuses are: {}",
                      text, descriptor.entity_name, list_statuses(kind)),
          {{"$.status", "invalid status"}});
    }
    storable.tracking_status = std::string(*normalized);
  }

  if (document.is_object()) {
    if (has_id(document, descriptor)) {
      const Json& id = document[std::string(descriptor.id_field)];
      if (id.is_string()) {
        storable.id = id.get<std::string>();
      }
    } else if (derive_missing_id) {
      storable.id = content_derived_id(kind, document);
      document[std::string(descriptor.id_field)] = storable.id;
    }
  }
  storable.document = std::move(document);
  return storable;
}

std::string content_derived_id(EntityKind kind, const Json& document) {
  const std::string digest = sha256_hex(canonical_content(document).dump());
  return fmt::format("{}-{}", describe(kind).id_prefix, digest.substr(0, derived_id_hex_digits));
}

bool same_content(const Json& left, const Json& right) {
  return canonical_content(left) == canonical_content(right);
}

}  // namespace ska::oda::cli
