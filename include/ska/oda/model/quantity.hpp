#pragma once

#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

/// A value with an astropy unit string, such as `{"value": 1.4, "unit": "GHz"}`.
struct SKA_ODA_EXPORT Quantity {
  Field<double> value;
  Field<std::string> unit;

  SKA_ODA_MODEL_OBJECT(Quantity);
};

/// A lower and an upper bound, either of which may be absent.
struct SKA_ODA_EXPORT QuantityRange {
  Field<Quantity> min;
  Field<Quantity> max;

  SKA_ODA_MODEL_OBJECT(QuantityRange);
};

}  // namespace ska::oda::model
