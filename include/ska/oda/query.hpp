#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <ska/oda/stored_entity.hpp>
#include <ska/oda/timestamp.hpp>

namespace ska::oda {

/// Comparison of a text filter. The value always matches literally: `%`, `_`
/// and `\` in it are not wildcards.
enum class MatchType { equals, starts_with, contains };

/// A text filter.
struct TextMatch {
  std::string value;
  MatchType match = MatchType::equals;
};

/// User columns that a user filter compares.
enum class UserField { created_by, last_modified_by, either };

/// A half-open time window [after, before); either bound may be absent.
struct TimeWindow {
  std::optional<Timestamp> after;
  std::optional<Timestamp> before;
};

/// Equality (one value) or IN (several values) on a link column of the kind,
/// such as `sbd_ref`, or on `status`, the entity's current status.
struct FieldFilter {
  std::string field;
  std::vector<std::string> values;
};

/// The order of query results. Every order ends with the entity id and the
/// version, so it is total and pagination never skips or repeats a row.
enum class QueryOrder { entity_id, created_on, last_modified_on };

/// A repository query. All filters are ANDed; an empty query matches every
/// entity. Results hold the latest version of each entity only, unless
/// all_versions is set.
struct Query {
  std::optional<TextMatch> user;
  UserField user_field = UserField::either;
  std::optional<TextMatch> entity_id;
  TimeWindow created_on;
  TimeWindow last_modified_on;
  std::vector<FieldFilter> where;
  bool all_versions = false;

  QueryOrder order = QueryOrder::entity_id;
  bool descending = false;
  /// Maximum number of results in one page; 0 means no limit.
  std::size_t limit = 100;
  /// The next_cursor of the previous page, to continue after it.
  std::optional<std::string> after;
};

/// One page of query results.
struct QueryPage {
  std::vector<StoredEntity> entities;
  /// Pass as Query::after to read the next page; empty on the last page.
  std::optional<std::string> next_cursor;
};

}  // namespace ska::oda
