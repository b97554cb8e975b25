#include <ska/oda/model/target.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<TargetSpfrx> {
  static constexpr auto members = std::tuple{
      member("attenuation_1_x", &TargetSpfrx::attenuation_1_x),
      member("attenuation_1_y", &TargetSpfrx::attenuation_1_y),
      member("attenuation_2_x", &TargetSpfrx::attenuation_2_x),
      member("attenuation_2_y", &TargetSpfrx::attenuation_2_y),
  };
};

template <>
struct detail::Mapping<Target> {
  static constexpr auto members = std::tuple{
      member("target_id", &Target::target_id),
      member("name", &Target::name),
      member("pointing_pattern", &Target::pointing_pattern),
      member("reference_coordinate", &Target::reference_coordinate),
      member("radial_velocity", &Target::radial_velocity),
      member("tied_array_beams", &Target::tied_array_beams),
      member("spfrx", &Target::spfrx),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(TargetSpfrx)
SKA_ODA_DEFINE_MODEL_OBJECT(Target)

}  // namespace ska::oda::model
