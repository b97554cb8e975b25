#pragma once

#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

/// A target's radial velocity: `quantity` in "m / s" or "km / s", with its
/// definition (RADIO, OPTICAL, RELATIVISTIC) and reference frame.
struct SKA_ODA_EXPORT RadialVelocity {
  Field<Quantity> quantity;
  Field<std::string> definition;
  Field<std::string> reference_frame;
  Field<double> redshift;

  SKA_ODA_MODEL_OBJECT(RadialVelocity);
};

}  // namespace ska::oda::model
