#include <ska/oda/model/pointing_pattern.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 7> pointing_kinds{
    "FivePointParameters", "SinglePointParameters", "CrossScanParameters", "RasterParameters",
    "StarRasterParameters", "SpiralParameters", "PointedMosaicParameters"};
constexpr std::array<std::string_view, 3> angle_units{"deg", "arcmin", "arcsec"};

}  // namespace

template <>
struct detail::Mapping<FivePointParameters> {
  static constexpr auto members = std::tuple{
      member("kind", &FivePointParameters::kind),
      member("offset_arcsec", &FivePointParameters::offset_arcsec),
  };
};

template <>
struct detail::Mapping<CrossScanParameters> {
  static constexpr auto members = std::tuple{
      member("kind", &CrossScanParameters::kind),
      member("offset_arcsec", &CrossScanParameters::offset_arcsec),
  };
};

template <>
struct detail::Mapping<SinglePointParameters> {
  static constexpr auto members = std::tuple{
      member("kind", &SinglePointParameters::kind),
      member("offset_x_arcsec", &SinglePointParameters::offset_x_arcsec),
      member("offset_y_arcsec", &SinglePointParameters::offset_y_arcsec),
  };
};

template <>
struct detail::Mapping<RasterParameters> {
  static constexpr auto members = std::tuple{
      member("kind", &RasterParameters::kind),
      member("row_length_arcsec", &RasterParameters::row_length_arcsec),
      member("row_offset_arcsec", &RasterParameters::row_offset_arcsec),
      member("n_rows", &RasterParameters::n_rows),
      member("pa", &RasterParameters::pa),
      member("unidirectional", &RasterParameters::unidirectional),
  };
};

template <>
struct detail::Mapping<StarRasterParameters> {
  static constexpr auto members = std::tuple{
      member("kind", &StarRasterParameters::kind),
      member("row_length_arcsec", &StarRasterParameters::row_length_arcsec),
      member("n_rows", &StarRasterParameters::n_rows),
      member("row_offset_angle", &StarRasterParameters::row_offset_angle),
      member("unidirectional", &StarRasterParameters::unidirectional),
  };
};

template <>
struct detail::Mapping<SpiralParameters> {
  static constexpr auto members = std::tuple{
      member("kind", &SpiralParameters::kind),
      member("scan_extent", &SpiralParameters::scan_extent),
      member("track_time", &SpiralParameters::track_time),
      member("cycle_track_time", &SpiralParameters::cycle_track_time),
      member("slow_time", &SpiralParameters::slow_time),
      member("sample_time", &SpiralParameters::sample_time),
      member("scan_speed", &SpiralParameters::scan_speed),
      member("slew_speed", &SpiralParameters::slew_speed),
      member("twist_factor", &SpiralParameters::twist_factor),
      member("high_el_slowdown_factor", &SpiralParameters::high_el_slowdown_factor),
  };
};

template <>
struct detail::Mapping<CoordinatesOffset> {
  static constexpr auto members = std::tuple{
      member("x", &CoordinatesOffset::x),
      member("y", &CoordinatesOffset::y),
  };
};

template <>
struct detail::Mapping<PointedMosaicParameters> {
  static constexpr auto members = std::tuple{
      member("kind", &PointedMosaicParameters::kind),
      member("offsets", &PointedMosaicParameters::offsets),
      member("units", &PointedMosaicParameters::units, required, angle_units),
  };
};

template <>
struct detail::Mapping<PointingPattern> {
  static constexpr auto members = std::tuple{
      member("active", &PointingPattern::active, no_flags, pointing_kinds),
      member("parameters", &PointingPattern::parameters),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(FivePointParameters)
SKA_ODA_DEFINE_MODEL_OBJECT(CrossScanParameters)
SKA_ODA_DEFINE_MODEL_OBJECT(SinglePointParameters)
SKA_ODA_DEFINE_MODEL_OBJECT(RasterParameters)
SKA_ODA_DEFINE_MODEL_OBJECT(StarRasterParameters)
SKA_ODA_DEFINE_MODEL_OBJECT(SpiralParameters)
SKA_ODA_DEFINE_MODEL_OBJECT(CoordinatesOffset)
SKA_ODA_DEFINE_MODEL_OBJECT(PointedMosaicParameters)
SKA_ODA_DEFINE_MODEL_OBJECT(PointingPattern)

}  // namespace ska::oda::model
