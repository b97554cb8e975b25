#include "core/query_support.hpp"

#include <charconv>

#include <fmt/format.h>

#include <ska/oda/error.hpp>
#include <ska/oda/json.hpp>

namespace ska::oda::detail {

const LinkField* find_link(const KindDescriptor& kind, std::string_view column) {
  for (const LinkField& link : kind.links) {
    if (link.column == column) {
      return &link;
    }
  }
  return nullptr;
}

namespace {

std::string filterable_fields(const KindDescriptor& kind) {
  std::string fields;
  for (const LinkField& link : kind.links) {
    fields += std::string(link.column) + ", ";
  }
  return fields + (kind.statuses.empty() ? "" : "status, ") + "(none other)";
}

bool is_integer(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size();
}

}  // namespace

Query checked_query(const KindDescriptor& kind, const Query& query) {
  Query checked = query;
  for (FieldFilter& filter : checked.where) {
    const LinkField* link = find_link(kind, filter.field);
    const bool is_status = filter.field == status_field && !kind.statuses.empty();
    if (link == nullptr && !is_status) {
      throw UsageError(fmt::format("cannot filter {} on \"{}\"; the fields are: {}",
                                   kind.plural, filter.field, filterable_fields(kind)));
    }
    if (filter.values.empty()) {
      throw UsageError(fmt::format("the filter on {} has no values", filter.field));
    }
    if (link != nullptr && link->type == LinkType::integer) {
      for (const std::string& value : filter.values) {
        if (!is_integer(value)) {
          throw UsageError(
              fmt::format("{} takes an integer, not \"{}\"", filter.field, value));
        }
      }
    }
    if (link == nullptr) {
      for (std::string& value : filter.values) {
        const auto status = normalize_status(kind.kind, value);
        if (!status) {
          throw UsageError(fmt::format("unknown {} status \"{}\"; the valid ones are: {}",
                                       kind.entity_name, value, list_statuses(kind.kind)));
        }
        value = std::string(*status);
      }
    }
  }
  return checked;
}

std::string encode_cursor(const QueryCursor& cursor) {
  return Json::array({cursor.order_value, cursor.entity_id, cursor.version}).dump();
}

QueryCursor decode_cursor(const std::string& text) {
  const auto invalid = [&] {
    return UsageError(fmt::format(
        "invalid query cursor \"{}\"; pass the next_cursor of a previous page unchanged", text));
  };
  const Json parsed = Json::parse(text, nullptr, false);
  if (!parsed.is_array() || parsed.size() != 3 || !parsed[0].is_string() ||
      !parsed[1].is_string() || !parsed[2].is_number_integer()) {
    throw invalid();
  }
  return {parsed[0].get<std::string>(), parsed[1].get<std::string>(), parsed[2].get<int>()};
}

QueryCursor cursor_after(const StoredEntity& entity, QueryOrder order) {
  std::string order_value;
  switch (order) {
    case QueryOrder::entity_id:
      break;
    case QueryOrder::created_on:
      order_value = format_timestamp(entity.version.created_on);
      break;
    case QueryOrder::last_modified_on:
      order_value = format_timestamp(entity.version.last_modified_on);
      break;
  }
  return {order_value, entity.version.entity_id, entity.version.version};
}

std::string escape_like(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') {
      escaped += '\\';
    }
    escaped += c;
  }
  return escaped;
}

}  // namespace ska::oda::detail
