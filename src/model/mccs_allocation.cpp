#include <ska/oda/model/mccs_allocation.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 10> low_subarray_definitions{
    "AA0.5", "AA1", "AA2", "AA2 (core only)", "AA*", "AA* (core only)",
    "AA4", "AA4 (core only)", "Low ITF", "Custom"};

}  // namespace

template <>
struct detail::Mapping<Aperture> {
  static constexpr auto members = std::tuple{
      member("station_id", &Aperture::station_id, required),
      member("substation_id", &Aperture::substation_id, required),
      member("weighting_key", &Aperture::weighting_key),
  };
};

template <>
struct detail::Mapping<SubarrayBeamConfiguration> {
  static constexpr auto members = std::tuple{
      member("apertures", &SubarrayBeamConfiguration::apertures, required),
      member("subarray_beam_id", &SubarrayBeamConfiguration::subarray_beam_id, required),
      member("number_of_channels", &SubarrayBeamConfiguration::number_of_channels, legacy),
      member("scan_sequence", &SubarrayBeamConfiguration::scan_sequence),
  };
};

template <>
struct detail::Mapping<MccsAllocation> {
  static constexpr auto members = std::tuple{
      member("mccs_allocation_id", &MccsAllocation::mccs_allocation_id, required),
      member("selected_subarray_definition", &MccsAllocation::selected_subarray_definition,
             required, low_subarray_definitions),
      member("subarray_beams", &MccsAllocation::subarray_beams, required),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(Aperture)
SKA_ODA_DEFINE_MODEL_OBJECT(SubarrayBeamConfiguration)
SKA_ODA_DEFINE_MODEL_OBJECT(MccsAllocation)

}  // namespace ska::oda::model
