#pragma once

#include <cstdint>
#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>

namespace ska::oda::model {

// One row of an entity's status history as the PDM writes it. id() returns
// the reference to the entity. Statuses of PTT documents before PDM 17 are
// spelled in lower case with underscores ("fully_observed"); validation
// reports them and normalize_status() in entity_kind.hpp maps them.

struct SKA_ODA_EXPORT SBDStatusHistory {
  Field<Metadata> metadata;
  Field<std::string> sbd_ref;
  Field<std::int64_t> sbd_version;
  Field<std::string> current_status;
  Field<std::string> previous_status;
  SKA_ODA_MODEL_ENTITY(SBDStatusHistory, sbd_ref);
};

struct SKA_ODA_EXPORT SBIStatusHistory {
  Field<Metadata> metadata;
  Field<std::string> sbi_ref;
  Field<std::int64_t> sbi_version;
  Field<std::string> current_status;
  Field<std::string> previous_status;
  SKA_ODA_MODEL_ENTITY(SBIStatusHistory, sbi_ref);
};

struct SKA_ODA_EXPORT OSOEBStatusHistory {
  Field<Metadata> metadata;
  Field<std::string> eb_ref;
  Field<std::int64_t> eb_version;
  Field<std::string> current_status;
  Field<std::string> previous_status;
  SKA_ODA_MODEL_ENTITY(OSOEBStatusHistory, eb_ref);
};

struct SKA_ODA_EXPORT ProjectStatusHistory {
  Field<Metadata> metadata;
  Field<std::string> prj_ref;
  Field<std::int64_t> prj_version;
  Field<std::string> current_status;
  Field<std::string> previous_status;
  SKA_ODA_MODEL_ENTITY(ProjectStatusHistory, prj_ref);
};

}  // namespace ska::oda::model
