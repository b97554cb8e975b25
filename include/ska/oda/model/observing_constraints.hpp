#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

/// A local sidereal time window.
struct SKA_ODA_EXPORT LstWindow {
  Field<Quantity> start;
  Field<Quantity> end;
  SKA_ODA_MODEL_OBJECT(LstWindow);
};

/// When and with what an SBDefinition may be scheduled.
// NOTE: typed from PDM 26 to 28 documents; the PDM 22 schema has no such
// member, so the set of separation constraints may be incomplete.
struct SKA_ODA_EXPORT ObservingConstraints {
  Field<QuantityRange> sun_separation;
  Field<QuantityRange> moon_separation;
  Field<QuantityRange> jupiter_separation;
  Field<QuantityRange> altitude;
  Field<LstWindow> lst;
  Field<std::int64_t> minimum_receptors;
  Field<std::vector<std::string>> required_receptors;
  SKA_ODA_MODEL_OBJECT(ObservingConstraints);
};

}  // namespace ska::oda::model
