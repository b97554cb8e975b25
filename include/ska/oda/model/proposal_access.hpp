#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>

namespace ska::oda::model {

/// One user's role and permissions on one proposal (PDM `ProposalAccess`).
struct SKA_ODA_EXPORT ProposalAccess {
  Field<Metadata> metadata;
  Field<std::string> access_id;
  Field<std::string> prsl_id;
  Field<std::string> user_id;
  Field<std::string> role;
  Field<std::vector<std::string>> permissions;

  SKA_ODA_MODEL_ENTITY(ProposalAccess, access_id);
};

}  // namespace ska::oda::model
