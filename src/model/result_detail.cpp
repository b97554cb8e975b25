#include <ska/oda/model/result_detail.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<SurfaceBrightnessSensitivity> {
  static constexpr auto members = std::tuple{
      member("continuum", &SurfaceBrightnessSensitivity::continuum, required),
      member("spectral", &SurfaceBrightnessSensitivity::spectral, required),
      member("unit", &SurfaceBrightnessSensitivity::unit, required),
  };
};

template <>
struct detail::Mapping<SynthesizedBeamSize> {
  static constexpr auto members = std::tuple{
      member("continuum", &SynthesizedBeamSize::continuum, required),
      member("spectral", &SynthesizedBeamSize::spectral, required),
      member("unit", &SynthesizedBeamSize::unit, required),
  };
};

template <>
struct detail::Mapping<IntegrationResult> {
  static constexpr auto members = std::tuple{
      member("supplied_type", &IntegrationResult::supplied_type),
      member("weighted_continuum_sensitivity", &IntegrationResult::weighted_continuum_sensitivity,
             required),
      member("weighted_spectral_sensitivity", &IntegrationResult::weighted_spectral_sensitivity,
             required),
      member("total_continuum_sensitivity", &IntegrationResult::total_continuum_sensitivity,
             required),
      member("total_spectral_sensitivity", &IntegrationResult::total_spectral_sensitivity,
             required),
      member("surface_brightness_sensitivity", &IntegrationResult::surface_brightness_sensitivity,
             required),
  };
};

template <>
struct detail::Mapping<SensitivityResult> {
  static constexpr auto members = std::tuple{
      member("supplied_type", &SensitivityResult::supplied_type),
      member("continuum", &SensitivityResult::continuum, required),
      member("spectral", &SensitivityResult::spectral, required),
  };
};

template <>
struct detail::Mapping<ResultDetail> {
  static constexpr auto members = std::tuple{
      member("observation_set_ref", &ResultDetail::observation_set_ref, required),
      member("target_ref", &ResultDetail::target_ref, required),
      member("data_product_ref", &ResultDetail::data_product_ref),
      member("result", &ResultDetail::result, required),
      member("continuum_confusion_noise", &ResultDetail::continuum_confusion_noise, required),
      member("synthesized_beam_size", &ResultDetail::synthesized_beam_size, required),
      member("spectral_confusion_noise", &ResultDetail::spectral_confusion_noise, required),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(SurfaceBrightnessSensitivity)
SKA_ODA_DEFINE_MODEL_OBJECT(SynthesizedBeamSize)
SKA_ODA_DEFINE_MODEL_OBJECT(IntegrationResult)
SKA_ODA_DEFINE_MODEL_OBJECT(SensitivityResult)
SKA_ODA_DEFINE_MODEL_OBJECT(ResultDetail)

}  // namespace ska::oda::model
