#pragma once

#include <array>
#include <string>
#include <string_view>
#include <variant>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

struct SKA_ODA_EXPORT SurfaceBrightnessSensitivity {
  Field<double> continuum;
  Field<double> spectral;
  Field<std::string> unit;
  SKA_ODA_MODEL_OBJECT(SurfaceBrightnessSensitivity);
};

/// Beam sizes as text, such as "4.97 x 2.27", in `unit`.
struct SKA_ODA_EXPORT SynthesizedBeamSize {
  Field<std::string> continuum;
  Field<std::string> spectral;
  Field<std::string> unit;
  SKA_ODA_MODEL_OBJECT(SynthesizedBeamSize);
};

// The alternatives of ResultDetail.result, selected by `supplied_type`.

/// Sensitivities computed for an integration time the proposer supplied.
struct SKA_ODA_EXPORT IntegrationResult {
  static constexpr std::string_view tag_key = "supplied_type";
  static constexpr std::array<std::string_view, 1> tags{"integration_time"};
  Field<std::string> supplied_type;
  Field<Quantity> weighted_continuum_sensitivity;
  Field<Quantity> weighted_spectral_sensitivity;
  Field<Quantity> total_continuum_sensitivity;
  Field<Quantity> total_spectral_sensitivity;
  Field<SurfaceBrightnessSensitivity> surface_brightness_sensitivity;
  SKA_ODA_MODEL_OBJECT(IntegrationResult);
};

/// Integration times computed for a sensitivity the proposer supplied.
struct SKA_ODA_EXPORT SensitivityResult {
  static constexpr std::string_view tag_key = "supplied_type";
  static constexpr std::array<std::string_view, 1> tags{"sensitivity"};
  Field<std::string> supplied_type;
  Field<Quantity> continuum;
  Field<Quantity> spectral;
  SKA_ODA_MODEL_OBJECT(SensitivityResult);
};

using CalculatorResult = std::variant<IntegrationResult, SensitivityResult, UnknownAlternative>;

/// Sensitivity calculator output for one target and observation set (PDM
/// `Result`).
// TODO: the PDM 16 `results` list of a proposal's info is kept as unknown
// JSON, not typed.
struct SKA_ODA_EXPORT ResultDetail {
  Field<std::string> observation_set_ref;
  Field<std::string> target_ref;
  /// The data product the result is for (PDM 26 and later).
  Field<std::string> data_product_ref;
  Field<CalculatorResult> result;
  Field<Quantity> continuum_confusion_noise;
  Field<SynthesizedBeamSize> synthesized_beam_size;
  Field<Quantity> spectral_confusion_noise;
  SKA_ODA_MODEL_OBJECT(ResultDetail);
};

}  // namespace ska::oda::model
