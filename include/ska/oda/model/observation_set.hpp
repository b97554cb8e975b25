#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

// The alternatives of ObservationSet.array_details, selected by `array`.

struct SKA_ODA_EXPORT MidArray {
  static constexpr std::string_view tag_key = "array";
  static constexpr std::array<std::string_view, 1> tags{"ska_mid"};
  Field<std::string> array;
  Field<std::string> subarray;
  Field<std::int64_t> weather;
  Field<std::int64_t> number_15_antennas;
  Field<std::int64_t> number_13_antennas;
  Field<std::int64_t> number_sub_bands;
  Field<std::string> tapering;
  SKA_ODA_MODEL_OBJECT(MidArray);
};

struct SKA_ODA_EXPORT LowArray {
  static constexpr std::string_view tag_key = "array";
  static constexpr std::array<std::string_view, 1> tags{"ska_low"};
  Field<std::string> array;
  Field<std::string> subarray;
  Field<std::int64_t> number_of_stations;
  SKA_ODA_MODEL_OBJECT(LowArray);
};

using ArrayDetails = std::variant<MidArray, LowArray, UnknownAlternative>;

/// The integration time or sensitivity that the proposer supplied.
struct SKA_ODA_EXPORT Supplied {
  Field<std::string> supplied_type;
  Field<Quantity> quantity;
  /// PDM 16 members, replaced by quantity.
  Field<double> value;
  Field<std::string> unit;
  SKA_ODA_MODEL_OBJECT(Supplied);
};

struct SKA_ODA_EXPORT ObservationTypeDetails {
  Field<std::string> observation_type;
  Field<Quantity> bandwidth;
  Field<Quantity> central_frequency;
  Field<Supplied> supplied;
  Field<std::string> spectral_resolution;
  Field<std::string> effective_resolution;
  Field<std::string> image_weighting;
  Field<std::string> robust;
  Field<std::string> spectral_averaging;
  SKA_ODA_MODEL_OBJECT(ObservationTypeDetails);
};

/// One set of observations requested by a proposal: band, array and the
/// kind of observation.
struct SKA_ODA_EXPORT ObservationSet {
  Field<std::string> observation_set_id;
  Field<std::string> group_id;
  Field<std::string> observing_band;
  Field<std::int64_t> elevation;
  Field<ArrayDetails> array_details;
  Field<ObservationTypeDetails> observation_type_details;
  /// A PDM 16 free-text member.
  Field<std::string> details;
  SKA_ODA_MODEL_OBJECT(ObservationSet);
};

}  // namespace ska::oda::model
