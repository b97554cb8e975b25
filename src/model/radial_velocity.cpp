#include <ska/oda/model/radial_velocity.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 3> velocity_definitions{"OPTICAL", "RADIO",
                                                               "RELATIVISTIC"};
constexpr std::array<std::string_view, 3> velocity_frames{"TOPOCENTRIC", "LSRK", "BARYCENTRIC"};
constexpr std::array<std::string_view, 2> velocity_units{"m / s", "km / s"};

}  // namespace

template <>
struct detail::Mapping<RadialVelocity> {
  static constexpr auto members = std::tuple{
      member("quantity", &RadialVelocity::quantity),
      member("definition", &RadialVelocity::definition, no_flags, velocity_definitions),
      member("reference_frame", &RadialVelocity::reference_frame, no_flags, velocity_frames),
      member("redshift", &RadialVelocity::redshift),
  };
  // The model restricts the unit of this one use of Quantity.
  static void check(const RadialVelocity& object, ProblemList& problems, const std::string& path) {
    if (const Quantity* quantity = object.quantity.get()) {
      check_allowed(quantity->unit.value_or(std::string(velocity_units[0])), velocity_units,
                    problems, member_path(member_path(path, "quantity"), "unit"));
    }
  }
};

SKA_ODA_DEFINE_MODEL_OBJECT(RadialVelocity)

}  // namespace ska::oda::model
