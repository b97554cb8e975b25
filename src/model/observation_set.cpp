#include <ska/oda/model/observation_set.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 2> results_types{"integration_time", "sensitivity"};

}  // namespace

template <>
struct detail::Mapping<MidArray> {
  static constexpr auto members = std::tuple{
      member("array", &MidArray::array),
      member("subarray", &MidArray::subarray, required),
      member("weather", &MidArray::weather),
      member("number_15_antennas", &MidArray::number_15_antennas),
      member("number_13_antennas", &MidArray::number_13_antennas),
      member("number_sub_bands", &MidArray::number_sub_bands),
      member("tapering", &MidArray::tapering),
  };
};

template <>
struct detail::Mapping<LowArray> {
  static constexpr auto members = std::tuple{
      member("array", &LowArray::array),
      member("subarray", &LowArray::subarray, required),
      member("number_of_stations", &LowArray::number_of_stations),
  };
};

template <>
struct detail::Mapping<Supplied> {
  static constexpr auto members = std::tuple{
      member("supplied_type", &Supplied::supplied_type, required, results_types),
      member("quantity", &Supplied::quantity, required),
      member("value", &Supplied::value, legacy),
      member("unit", &Supplied::unit, legacy),
  };
};

template <>
struct detail::Mapping<ObservationTypeDetails> {
  static constexpr auto members = std::tuple{
      member("observation_type", &ObservationTypeDetails::observation_type, required),
      member("bandwidth", &ObservationTypeDetails::bandwidth, required),
      member("central_frequency", &ObservationTypeDetails::central_frequency, required),
      member("supplied", &ObservationTypeDetails::supplied),
      member("spectral_resolution", &ObservationTypeDetails::spectral_resolution),
      member("effective_resolution", &ObservationTypeDetails::effective_resolution),
      member("image_weighting", &ObservationTypeDetails::image_weighting),
      member("robust", &ObservationTypeDetails::robust),
      member("spectral_averaging", &ObservationTypeDetails::spectral_averaging),
  };
};

template <>
struct detail::Mapping<ObservationSet> {
  static constexpr auto members = std::tuple{
      member("observation_set_id", &ObservationSet::observation_set_id, required),
      member("group_id", &ObservationSet::group_id),
      member("observing_band", &ObservationSet::observing_band, required),
      member("elevation", &ObservationSet::elevation),
      member("array_details", &ObservationSet::array_details, required),
      member("observation_type_details", &ObservationSet::observation_type_details, required),
      member("details", &ObservationSet::details, legacy),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(MidArray)
SKA_ODA_DEFINE_MODEL_OBJECT(LowArray)
SKA_ODA_DEFINE_MODEL_OBJECT(Supplied)
SKA_ODA_DEFINE_MODEL_OBJECT(ObservationTypeDetails)
SKA_ODA_DEFINE_MODEL_OBJECT(ObservationSet)

}  // namespace ska::oda::model
