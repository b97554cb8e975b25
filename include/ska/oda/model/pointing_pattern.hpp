#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

// The alternatives of PointingPattern.parameters, selected by `kind`.

struct SKA_ODA_EXPORT FivePointParameters {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"FivePointParameters"};
  Field<std::string> kind;
  Field<double> offset_arcsec;
  SKA_ODA_MODEL_OBJECT(FivePointParameters);
};

struct SKA_ODA_EXPORT CrossScanParameters {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"CrossScanParameters"};
  Field<std::string> kind;
  Field<double> offset_arcsec;
  SKA_ODA_MODEL_OBJECT(CrossScanParameters);
};

struct SKA_ODA_EXPORT SinglePointParameters {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"SinglePointParameters"};
  Field<std::string> kind;
  Field<double> offset_x_arcsec;
  Field<double> offset_y_arcsec;
  SKA_ODA_MODEL_OBJECT(SinglePointParameters);
};

struct SKA_ODA_EXPORT RasterParameters {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"RasterParameters"};
  Field<std::string> kind;
  Field<double> row_length_arcsec;
  Field<double> row_offset_arcsec;
  Field<std::int64_t> n_rows;
  Field<double> pa;
  Field<bool> unidirectional;
  SKA_ODA_MODEL_OBJECT(RasterParameters);
};

struct SKA_ODA_EXPORT StarRasterParameters {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"StarRasterParameters"};
  Field<std::string> kind;
  Field<double> row_length_arcsec;
  Field<std::int64_t> n_rows;
  Field<double> row_offset_angle;
  Field<bool> unidirectional;
  SKA_ODA_MODEL_OBJECT(StarRasterParameters);
};

struct SKA_ODA_EXPORT SpiralParameters {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"SpiralParameters"};
  Field<std::string> kind;
  Field<Quantity> scan_extent;
  Field<Quantity> track_time;
  Field<Quantity> cycle_track_time;
  Field<Quantity> slow_time;
  Field<Quantity> sample_time;
  Field<Quantity> scan_speed;
  Field<Quantity> slew_speed;
  Field<double> twist_factor;
  Field<double> high_el_slowdown_factor;
  SKA_ODA_MODEL_OBJECT(SpiralParameters);
};

/// One pointing of a mosaic, offset from the target position.
struct SKA_ODA_EXPORT CoordinatesOffset {
  Field<double> x;
  Field<double> y;
  SKA_ODA_MODEL_OBJECT(CoordinatesOffset);
};

struct SKA_ODA_EXPORT PointedMosaicParameters {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"PointedMosaicParameters"};
  Field<std::string> kind;
  Field<std::vector<CoordinatesOffset>> offsets;
  Field<std::string> units;
  SKA_ODA_MODEL_OBJECT(PointedMosaicParameters);
};

using PointingParameters =
    std::variant<FivePointParameters, CrossScanParameters, SinglePointParameters,
                 RasterParameters, StarRasterParameters, SpiralParameters,
                 PointedMosaicParameters, UnknownAlternative>;

/// The pointing patterns defined for a target and the one that is active.
struct SKA_ODA_EXPORT PointingPattern {
  Field<std::string> active;
  Field<std::vector<PointingParameters>> parameters;
  SKA_ODA_MODEL_OBJECT(PointingPattern);
};

}  // namespace ska::oda::model
