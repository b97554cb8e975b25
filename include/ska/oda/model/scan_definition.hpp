#pragma once

#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

/// One scan: how long it lasts and the target and configurations it uses,
/// named by their ids.
struct SKA_ODA_EXPORT ScanDefinition {
  Field<std::string> scan_definition_id;
  /// Scan length in milliseconds.
  Field<double> scan_duration_ms;
  /// Scan length with a unit (PDM 27 and later, next to scan_duration_ms).
  Field<Quantity> scan_duration;
  Field<std::string> target_ref;
  Field<std::string> mccs_allocation_ref;
  Field<std::string> dish_allocation_ref;
  Field<std::string> scan_type_ref;
  Field<std::string> csp_configuration_ref;
  Field<std::string> scan_intent;
  Field<std::string> pointing_correction;

  SKA_ODA_MODEL_OBJECT(ScanDefinition);
};

}  // namespace ska::oda::model
