#pragma once

#include <string>
#include <string_view>

namespace ska::oda::migration {

/// Returns the lower-case hex SHA-256 of the bytes, computed by OpenSSL's
/// libcrypto. Throws std::runtime_error when libcrypto fails.
std::string sha256_hex(std::string_view bytes);

}  // namespace ska::oda::migration
