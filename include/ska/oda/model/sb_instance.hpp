#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>
#include <ska/oda/model/script.hpp>

namespace ska::oda::model {

/// The arguments one script function was called with at run time.
struct SKA_ODA_EXPORT FunctionArgs {
  Field<std::string> function_name;
  Field<PythonArguments> function_args;
  SKA_ODA_MODEL_OBJECT(FunctionArgs);
};

/// One activity run during an SBInstance.
struct SKA_ODA_EXPORT ActivityCall {
  Field<std::string> activity_ref;
  Field<DateTime> executed_at;
  Field<std::vector<FunctionArgs>> runtime_args;
  SKA_ODA_MODEL_OBJECT(ActivityCall);
};

/// One execution of an SBDefinition (PDM `SBInstance`).
// TODO: the PDM 9 members executed_on and runtime_args are kept as unknown
// JSON, not typed.
struct SKA_ODA_EXPORT SBInstance {
  Field<std::string> interface;
  Field<std::string> sbi_id;
  Field<Metadata> metadata;
  Field<std::string> telescope;
  Field<std::string> sbd_ref;
  Field<std::int64_t> sbd_version;
  Field<std::string> eb_ref;
  Field<std::int64_t> subarray_id;
  Field<std::vector<ActivityCall>> activities;
  /// The PDM 9 name of sbd_ref.
  Field<std::string> sbd_id;

  SKA_ODA_MODEL_ENTITY(SBInstance, sbi_id);
};

}  // namespace ska::oda::model
