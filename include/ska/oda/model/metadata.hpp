#pragma once

#include <cstdint>
#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

/// Version and audit data of a stored entity (PDM `Metadata`).
struct SKA_ODA_EXPORT Metadata {
  Field<std::int64_t> version;
  Field<std::string> created_by;
  Field<DateTime> created_on;
  Field<std::string> last_modified_by;
  Field<DateTime> last_modified_on;
  Field<std::string> pdm_version;

  SKA_ODA_MODEL_OBJECT(Metadata);
};

}  // namespace ska::oda::model
