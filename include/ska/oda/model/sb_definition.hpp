#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/csp_configuration.hpp>
#include <ska/oda/model/dish_allocation.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/mccs_allocation.hpp>
#include <ska/oda/model/metadata.hpp>
#include <ska/oda/model/observing_constraints.hpp>
#include <ska/oda/model/scan_definition.hpp>
#include <ska/oda/model/script.hpp>
#include <ska/oda/model/sdp_configuration.hpp>
#include <ska/oda/model/target.hpp>

namespace ska::oda::model {

/// A scheduling block definition (PDM `SBDefinition`).
// TODO: the PDM 9 members (dish_configurations, field_configurations,
// subarray_beam_configurations, target_beam_configurations) and the PDM 17
// `sdp_configuration` are kept as unknown JSON, not typed.
struct SKA_ODA_EXPORT SBDefinition {
  Field<std::string> interface;
  Field<std::string> sbd_id;
  Field<std::string> name;
  Field<std::string> description;
  Field<std::string> telescope;
  Field<Metadata> metadata;
  Field<std::string> prj_ref;
  Field<std::string> ob_ref;
  /// The array assembly the definition was checked against, such as "AA0.5"
  /// (PDM 26 and later).
  Field<std::string> validate_against;
  Field<NamedMap<Activity>> activities;
  Field<std::vector<Target>> targets;
  Field<ObservingConstraints> observing_constraints;
  Field<std::vector<CspConfiguration>> csp_configurations;
  Field<DishAllocation> dish_allocations;
  Field<MccsAllocation> mccs_allocation;
  Field<std::vector<SdpConfiguration>> sdp_configurations;
  Field<std::vector<ScanDefinition>> scan_definitions;
  Field<std::vector<std::string>> scan_sequence;

  SKA_ODA_MODEL_ENTITY(SBDefinition, sbd_id);
};

}  // namespace ska::oda::model
