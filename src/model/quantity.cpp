#include <ska/oda/model/quantity.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<Quantity> {
  static constexpr auto members = std::tuple{
      member("value", &Quantity::value, required),
      member("unit", &Quantity::unit),
  };
};

template <>
struct detail::Mapping<QuantityRange> {
  static constexpr auto members = std::tuple{
      member("min", &QuantityRange::min),
      member("max", &QuantityRange::max),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(Quantity)
SKA_ODA_DEFINE_MODEL_OBJECT(QuantityRange)

}  // namespace ska::oda::model
