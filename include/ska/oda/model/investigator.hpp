#pragma once

#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

/// A person taking part in a proposal.
struct SKA_ODA_EXPORT Investigator {
  Field<std::string> user_id;
  Field<std::string> given_name;
  Field<std::string> family_name;
  Field<std::string> email;
  Field<std::string> organization;
  Field<bool> for_phd;
  Field<std::string> status;
  Field<bool> principal_investigator;
  /// The PDM 16 id, replaced by user_id.
  Field<std::string> investigator_id;

  SKA_ODA_MODEL_OBJECT(Investigator);
};

}  // namespace ska::oda::model
