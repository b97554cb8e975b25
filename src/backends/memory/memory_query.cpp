#include "backends/memory/memory_query.hpp"

#include <algorithm>
#include <tuple>

#include "core/query_support.hpp"

namespace ska::oda::memory::detail {

namespace {

bool matches_text(const std::string& value, const TextMatch& match) {
  switch (match.match) {
    case MatchType::equals:
      return value == match.value;
    case MatchType::starts_with:
      return value.starts_with(match.value);
    case MatchType::contains:
      return value.find(match.value) != std::string::npos;
  }
  return false;
}

bool in_window(Timestamp value, const TimeWindow& window) {
  return (!window.after || value >= *window.after) && (!window.before || value < *window.before);
}

// A row with everything a query looks at.
struct Candidate {
  const MemoryRow* row;
  std::optional<std::string> status;
};

bool matches(const KindDescriptor& kind, const Candidate& candidate, const Query& query) {
  const EntityVersion& version = candidate.row->entity.version;
  if (query.user) {
    const bool created = matches_text(version.created_by, *query.user);
    const bool modified = matches_text(version.last_modified_by, *query.user);
    const bool user_matches = query.user_field == UserField::created_by        ? created
                              : query.user_field == UserField::last_modified_by ? modified
                                                                                : created || modified;
    if (!user_matches) return false;
  }
  if (query.entity_id && !matches_text(version.entity_id, *query.entity_id)) return false;
  if (!in_window(version.created_on, query.created_on)) return false;
  if (!in_window(version.last_modified_on, query.last_modified_on)) return false;

  for (const FieldFilter& filter : query.where) {
    std::optional<std::string> value;
    if (const LinkField* link = oda::detail::find_link(kind, filter.field)) {
      value = candidate.row->links[static_cast<std::size_t>(link - kind.links.data())];
      if (value && link->type == LinkType::integer) {
        // Compare integers by value, as the SQL cast does: "01" equals "1".
        const int number = std::stoi(*value);
        const bool found = std::any_of(filter.values.begin(), filter.values.end(),
                                       [&](const std::string& v) { return std::stoi(v) == number; });
        if (!found) return false;
        continue;
      }
    } else {
      value = candidate.status;
    }
    if (!value || std::find(filter.values.begin(), filter.values.end(), *value) ==
                      filter.values.end()) {
      return false;
    }
  }
  return true;
}

// The sort key of a row: the order column as text (fixed-width timestamps
// sort like their values), then id and version.
std::tuple<std::string, std::string, int> sort_key(const Candidate& candidate, QueryOrder order) {
  const auto cursor = oda::detail::cursor_after(candidate.row->entity, order);
  return {cursor.order_value, cursor.entity_id, cursor.version};
}

}  // namespace

QueryPage evaluate_query(const KindDescriptor& kind,
                         const std::vector<std::pair<std::string, EntityRecord>>& records,
                         const Query& query) {
  std::vector<Candidate> candidates;
  for (const auto& [id, record] : records) {
    const std::optional<std::string> status =
        record.statuses.empty() ? std::nullopt : std::optional{record.statuses.back().status};
    if (query.all_versions) {
      for (const MemoryRow& row : record.versions) {
        candidates.push_back({&row, status});
      }
    } else {
      candidates.push_back({&record.versions.back(), status});
    }
  }

  std::erase_if(candidates,
                [&](const Candidate& candidate) { return !matches(kind, candidate, query); });

  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    return query.descending ? sort_key(b, query.order) < sort_key(a, query.order)
                            : sort_key(a, query.order) < sort_key(b, query.order);
  });

  auto first = candidates.begin();
  if (query.after) {
    const auto cursor = oda::detail::decode_cursor(*query.after);
    const std::tuple<std::string, std::string, int> after{cursor.order_value, cursor.entity_id,
                                                          cursor.version};
    first = std::find_if(candidates.begin(), candidates.end(), [&](const Candidate& candidate) {
      return query.descending ? sort_key(candidate, query.order) < after
                              : after < sort_key(candidate, query.order);
    });
  }

  QueryPage page;
  for (auto it = first; it != candidates.end(); ++it) {
    if (query.limit > 0 && page.entities.size() == query.limit) {
      page.next_cursor =
          oda::detail::encode_cursor(oda::detail::cursor_after(page.entities.back(), query.order));
      break;
    }
    StoredEntity entity = it->row->entity;
    entity.status = it->status;
    page.entities.push_back(std::move(entity));
  }
  return page;
}

}  // namespace ska::oda::memory::detail
