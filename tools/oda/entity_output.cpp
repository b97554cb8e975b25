#include "entity_output.hpp"

#include <iostream>
#include <string>

#include "table_printer.hpp"

namespace ska::oda::cli {

void print_json(const Json& value) {
  std::cout << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

Json version_json(const EntityVersion& version) {
  return Json{{"entity_id", version.entity_id},
              {"version", version.version},
              {"created_by", version.created_by},
              {"created_on", format_timestamp(version.created_on)},
              {"last_modified_by", version.last_modified_by},
              {"last_modified_on", format_timestamp(version.last_modified_on)}};
}

Json status_record_json(const StatusRecord& record) {
  return Json{{"entity_id", record.entity_id},
              {"entity_version", record.entity_version},
              {"status", record.status},
              {"previous_status",
               record.previous_status ? Json(*record.previous_status) : Json(nullptr)},
              {"updated_by", record.updated_by},
              {"as_of", format_timestamp(record.as_of)}};
}

void print_entity_table(const std::vector<StoredEntity>& entities) {
  const std::vector<std::string> header = {"ID",         "VERSION",     "CREATED BY",
                                           "CREATED ON", "MODIFIED BY", "MODIFIED ON",
                                           "STATUS"};
  std::vector<std::vector<std::string>> rows;
  rows.reserve(entities.size());
  for (const StoredEntity& entity : entities) {
    const EntityVersion& version = entity.version;
    rows.push_back({version.entity_id, std::to_string(version.version), version.created_by,
                    format_table_time(version.created_on), version.last_modified_by,
                    format_table_time(version.last_modified_on), entity.status.value_or("")});
  }
  // Ids, versions and times keep their width while the user and status
  // columns shrink.
  print_table(std::cout, header, rows, output_width(), {0, 1, 3, 5});
}

}  // namespace ska::oda::cli
