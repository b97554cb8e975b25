#pragma once

// Small documents for the contract suite.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include <ska/oda/json.hpp>

namespace ska::oda::test {

inline Json sbd_document(const std::string& id, const std::string& name = "observation") {
  return Json{{"interface", "https://schema.skao.int/ska-oso-pdm-sbd/0.1"},
              {"sbd_id", id},
              {"name", name},
              {"telescope", "ska_mid"},
              {"metadata", {{"version", 99}, {"created_by", "someone else"}}}};
}

inline Json sbi_document(const std::string& id, const std::string& sbd_id, int sbd_version) {
  return Json{{"interface", "https://schema.skao.int/ska-oso-pdm-sbi/0.1"},
              {"sbi_id", id},
              {"telescope", "ska_mid"},
              {"sbd_ref", sbd_id},
              {"sbd_version", sbd_version}};
}

inline Json eb_document(const std::string& id, const std::string& sbd_id, int sbd_version,
                        const std::string& sbi_id) {
  return Json{{"interface", "https://schema.skao.int/ska-oso-pdm-eb/0.1"},
              {"eb_id", id},
              {"telescope", "ska_mid"},
              {"sbd_ref", sbd_id},
              {"sbd_version", sbd_version},
              {"sbi_ref", sbi_id}};
}

/// Compares two documents as JSON values, ignoring the order of object keys:
/// PostgreSQL's jsonb does not keep it.
inline bool same_value(const Json& left, const Json& right) {
  return nlohmann::json::parse(left.dump()) == nlohmann::json::parse(right.dump());
}

}  // namespace ska::oda::test
