#pragma once

#include <array>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

// The alternatives of a target's reference_coordinate, selected by `kind`.
// PDM 22 knows icrs, galactic, altaz and special; equatorial, horizontal and
// sso are the spellings of older versions.

/// ICRS position. PDM 22 writes `ra_str` and `dec_str` (sexagesimal text);
/// documents of PDM 28 write `ra` and `dec`.
struct SKA_ODA_EXPORT IcrsCoordinates {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"icrs"};

  Field<std::string> kind;
  Field<std::string> ra_str;
  Field<std::string> dec_str;
  Field<std::string> ra;
  Field<std::string> dec;
  Field<double> pm_ra;
  Field<double> pm_dec;
  Field<double> parallax;
  Field<double> epoch;
  Field<std::string> reference_frame;

  SKA_ODA_MODEL_OBJECT(IcrsCoordinates);
};

/// Equatorial position of PDM 17 and older, with `unit` naming the units of
/// ra and dec. Sexagesimal strings are typed; degrees given as numbers are
/// kept as mismatched values.
struct SKA_ODA_EXPORT EquatorialCoordinates {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"equatorial"};

  Field<std::string> kind;
  Field<std::string> ra;
  Field<std::string> dec;
  Field<std::string> reference_frame;
  Field<double> epoch;
  Field<std::vector<std::string>> unit;

  SKA_ODA_MODEL_OBJECT(EquatorialCoordinates);
};

struct SKA_ODA_EXPORT GalacticCoordinates {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 1> tags{"galactic"};

  Field<std::string> kind;
  Field<double> l;
  Field<double> b;
  Field<double> pm_l;
  Field<double> pm_b;
  Field<double> epoch;
  Field<double> parallax;
  Field<std::string> reference_frame;

  SKA_ODA_MODEL_OBJECT(GalacticCoordinates);
};

/// Azimuth and elevation in degrees; "horizontal" is the older spelling.
struct SKA_ODA_EXPORT AltAzCoordinates {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 2> tags{"altaz", "horizontal"};

  Field<std::string> kind;
  Field<double> az;
  Field<double> el;
  Field<std::vector<std::string>> unit;
  Field<std::string> reference_frame;

  SKA_ODA_MODEL_OBJECT(AltAzCoordinates);
};

/// A solar-system object tracked by name; "sso" is the older spelling.
struct SKA_ODA_EXPORT SpecialCoordinates {
  static constexpr std::string_view tag_key = "kind";
  static constexpr std::array<std::string_view, 2> tags{"special", "sso"};

  Field<std::string> kind;
  Field<std::string> name;
  Field<std::string> reference_frame;

  SKA_ODA_MODEL_OBJECT(SpecialCoordinates);
};

using ReferenceCoordinate =
    std::variant<IcrsCoordinates, EquatorialCoordinates, GalacticCoordinates, AltAzCoordinates,
                 SpecialCoordinates, UnknownAlternative>;

}  // namespace ska::oda::model
