#pragma once

#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

/// One SDP script run for the scheduling block, such as "vis-receive".
// TODO: the single `sdp_configuration` object of PDM 17 and older (execution
// block, resources, processing blocks) is kept as unknown JSON, not typed.
struct SKA_ODA_EXPORT SdpConfiguration {
  Field<std::string> sdp_script;
  Field<std::string> script_version;
  /// Free-form parameters of the script.
  Field<Json> script_parameters;

  SKA_ODA_MODEL_OBJECT(SdpConfiguration);
};

}  // namespace ska::oda::model
