#pragma once

#include <string>
#include <utility>
#include <vector>

#include <ska/oda/query.hpp>

#include "backends/memory/memory_state.hpp"

namespace ska::oda::memory::detail {

/// Evaluates a query that passed checked_query() over the records of one kind with the
/// semantics of the PostgreSQL backend's SQL: filters, latest versions,
/// byte-order sorting and keyset pages.
QueryPage evaluate_query(const KindDescriptor& kind,
                         const std::vector<std::pair<std::string, EntityRecord>>& records,
                         const Query& query);

}  // namespace ska::oda::memory::detail
