#include <ska/oda/model/observing_constraints.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<LstWindow> {
  static constexpr auto members = std::tuple{
      member("start", &LstWindow::start),
      member("end", &LstWindow::end),
  };
};

template <>
struct detail::Mapping<ObservingConstraints> {
  static constexpr auto members = std::tuple{
      member("sun_separation", &ObservingConstraints::sun_separation),
      member("moon_separation", &ObservingConstraints::moon_separation),
      member("jupiter_separation", &ObservingConstraints::jupiter_separation),
      member("altitude", &ObservingConstraints::altitude),
      member("lst", &ObservingConstraints::lst),
      member("minimum_receptors", &ObservingConstraints::minimum_receptors),
      member("required_receptors", &ObservingConstraints::required_receptors),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(LstWindow)
SKA_ODA_DEFINE_MODEL_OBJECT(ObservingConstraints)

}  // namespace ska::oda::model
