#pragma once

#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/coordinates.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/pointing_pattern.hpp>
#include <ska/oda/model/radial_velocity.hpp>
#include <ska/oda/model/tied_array_beams.hpp>

namespace ska::oda::model {

/// SPFRx attenuation settings of a MID target, in dB.
// NOTE: typed from PDM 28 documents; the PDM 22 schema has no such member.
struct SKA_ODA_EXPORT TargetSpfrx {
  Field<double> attenuation_1_x;
  Field<double> attenuation_1_y;
  Field<double> attenuation_2_x;
  Field<double> attenuation_2_y;

  SKA_ODA_MODEL_OBJECT(TargetSpfrx);
};

struct SKA_ODA_EXPORT Target {
  Field<std::string> target_id;
  Field<std::string> name;
  Field<PointingPattern> pointing_pattern;
  Field<ReferenceCoordinate> reference_coordinate;
  Field<RadialVelocity> radial_velocity;
  Field<TiedArrayBeams> tied_array_beams;
  Field<TargetSpfrx> spfrx;

  SKA_ODA_MODEL_OBJECT(Target);
};

}  // namespace ska::oda::model
