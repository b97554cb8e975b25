#pragma once

#include <optional>
#include <string>
#include <vector>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/query.hpp>

namespace ska::oda::postgres::detail {

/// A query's SQL with every value as a numbered parameter.
struct QuerySql {
  std::string sql;
  std::vector<std::optional<std::string>> parameters;
};

/// Builds the SELECT for a repository query. It fetches one row more than
/// the limit, to tell whether another page follows. The query must have
/// passed checked_query().
QuerySql build_query_sql(const KindDescriptor& kind, const Query& query);

}  // namespace ska::oda::postgres::detail
