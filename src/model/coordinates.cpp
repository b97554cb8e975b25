#include <ska/oda/model/coordinates.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

using namespace detail;

constexpr std::array<std::string_view, 1> icrs_kind{"icrs"};
constexpr std::array<std::string_view, 1> altaz_kind{"altaz"};
constexpr std::array<std::string_view, 1> special_kind{"special"};
constexpr std::array<std::string_view, 1> galactic_kind{"galactic"};
constexpr std::array<std::string_view, 9> solar_system_objects{
    "Sun", "Moon", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"};

}  // namespace

template <>
struct detail::Mapping<IcrsCoordinates> {
  static constexpr auto members = std::tuple{
      member("kind", &IcrsCoordinates::kind),
      member("ra_str", &IcrsCoordinates::ra_str),
      member("dec_str", &IcrsCoordinates::dec_str),
      member("ra", &IcrsCoordinates::ra),
      member("dec", &IcrsCoordinates::dec),
      member("pm_ra", &IcrsCoordinates::pm_ra),
      member("pm_dec", &IcrsCoordinates::pm_dec),
      member("parallax", &IcrsCoordinates::parallax),
      member("epoch", &IcrsCoordinates::epoch),
      member("reference_frame", &IcrsCoordinates::reference_frame, legacy, icrs_kind),
  };
  static void check(const IcrsCoordinates& object, ProblemList& problems, const std::string& path) {
    if (object.ra_str.is_absent() && object.ra.is_absent()) {
      problems.push_back({member_path(path, "ra_str"), "missing required field"});
    }
    if (object.dec_str.is_absent() && object.dec.is_absent()) {
      problems.push_back({member_path(path, "dec_str"), "missing required field"});
    }
  }
};

template <>
struct detail::Mapping<EquatorialCoordinates> {
  static constexpr auto members = std::tuple{
      member("kind", &EquatorialCoordinates::kind),
      member("ra", &EquatorialCoordinates::ra),
      member("dec", &EquatorialCoordinates::dec),
      member("reference_frame", &EquatorialCoordinates::reference_frame),
      member("epoch", &EquatorialCoordinates::epoch),
      member("unit", &EquatorialCoordinates::unit),
  };
  static void check(const EquatorialCoordinates& object, ProblemList& problems,
                    const std::string& path) {
    check_current_tag(object.kind, "kind", icrs_kind, problems, path);
  }
};

template <>
struct detail::Mapping<GalacticCoordinates> {
  static constexpr auto members = std::tuple{
      member("kind", &GalacticCoordinates::kind),
      member("l", &GalacticCoordinates::l, required),
      member("b", &GalacticCoordinates::b, required),
      member("pm_l", &GalacticCoordinates::pm_l),
      member("pm_b", &GalacticCoordinates::pm_b),
      member("epoch", &GalacticCoordinates::epoch),
      member("parallax", &GalacticCoordinates::parallax),
      member("reference_frame", &GalacticCoordinates::reference_frame, legacy, galactic_kind),
  };
};

template <>
struct detail::Mapping<AltAzCoordinates> {
  static constexpr auto members = std::tuple{
      member("kind", &AltAzCoordinates::kind),
      member("az", &AltAzCoordinates::az, required),
      member("el", &AltAzCoordinates::el, required),
      member("unit", &AltAzCoordinates::unit, legacy),
      member("reference_frame", &AltAzCoordinates::reference_frame, legacy, altaz_kind),
  };
  static void check(const AltAzCoordinates& object, ProblemList& problems, const std::string& path) {
    check_current_tag(object.kind, "kind", altaz_kind, problems, path);
  }
};

template <>
struct detail::Mapping<SpecialCoordinates> {
  static constexpr auto members = std::tuple{
      member("kind", &SpecialCoordinates::kind),
      member("name", &SpecialCoordinates::name, required, solar_system_objects),
      member("reference_frame", &SpecialCoordinates::reference_frame, legacy, special_kind),
  };
  static void check(const SpecialCoordinates& object, ProblemList& problems,
                    const std::string& path) {
    check_current_tag(object.kind, "kind", special_kind, problems, path);
  }
};

SKA_ODA_DEFINE_MODEL_OBJECT(IcrsCoordinates)
SKA_ODA_DEFINE_MODEL_OBJECT(EquatorialCoordinates)
SKA_ODA_DEFINE_MODEL_OBJECT(GalacticCoordinates)
SKA_ODA_DEFINE_MODEL_OBJECT(AltAzCoordinates)
SKA_ODA_DEFINE_MODEL_OBJECT(SpecialCoordinates)

}  // namespace ska::oda::model
