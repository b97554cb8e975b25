#pragma once

#include <string>

#include <ska/oda/error.hpp>

namespace ska::oda::migration {

/// Returns the context of a migration failure. Written out, because a
/// designated initializer that leaves members out trips
/// -Wmissing-field-initializers.
inline ErrorContext migration_context(std::string operation, std::string detail = {},
                                      std::string sqlstate = {}) {
  ErrorContext context;
  context.operation = std::move(operation);
  context.detail = std::move(detail);
  context.sqlstate = std::move(sqlstate);
  return context;
}

}  // namespace ska::oda::migration
