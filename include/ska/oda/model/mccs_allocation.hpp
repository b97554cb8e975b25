#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/scan_definition.hpp>

namespace ska::oda::model {

/// One LOW station or substation contributing to a subarray beam.
struct SKA_ODA_EXPORT Aperture {
  Field<std::int64_t> station_id;
  Field<std::int64_t> substation_id;
  Field<std::string> weighting_key;
  SKA_ODA_MODEL_OBJECT(Aperture);
};

struct SKA_ODA_EXPORT SubarrayBeamConfiguration {
  Field<std::vector<Aperture>> apertures;
  Field<std::int64_t> subarray_beam_id;
  Field<std::int64_t> number_of_channels;
  Field<std::vector<ScanDefinition>> scan_sequence;
  SKA_ODA_MODEL_OBJECT(SubarrayBeamConfiguration);
};

/// The LOW stations of a subarray, grouped into subarray beams.
// TODO: the PDM 9 members (station_ids, channel_blocks, subarray_beam_ids)
// are kept as unknown JSON, not typed.
struct SKA_ODA_EXPORT MccsAllocation {
  Field<std::string> mccs_allocation_id;
  Field<std::string> selected_subarray_definition;
  Field<std::vector<SubarrayBeamConfiguration>> subarray_beams;
  SKA_ODA_MODEL_OBJECT(MccsAllocation);
};

}  // namespace ska::oda::model
