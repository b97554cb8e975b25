#include <ska/oda/model/sdp_configuration.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 3> sdp_scripts{"vis-receive", "pointing-offset",
                                                      "continuum-imaging"};

}  // namespace

template <>
struct detail::Mapping<SdpConfiguration> {
  static constexpr auto members = std::tuple{
      member("sdp_script", &SdpConfiguration::sdp_script, required, sdp_scripts),
      member("script_version", &SdpConfiguration::script_version),
      member("script_parameters", &SdpConfiguration::script_parameters),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(SdpConfiguration)

}  // namespace ska::oda::model
