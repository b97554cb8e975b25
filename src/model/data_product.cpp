#include <ska/oda/model/data_product.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<DataProductSdp> {
  static constexpr auto members = std::tuple{
      member("data_products_sdp_id", &DataProductSdp::data_products_sdp_id),
      member("options", &DataProductSdp::options),
      member("observation_set_refs", &DataProductSdp::observation_set_refs),
      member("image_size", &DataProductSdp::image_size),
      member("pixel_size", &DataProductSdp::pixel_size),
      member("weighting", &DataProductSdp::weighting),
      member("data_product_id", &DataProductSdp::data_product_id),
      member("observation_set_ref", &DataProductSdp::observation_set_ref),
      member("script_parameters", &DataProductSdp::script_parameters),
  };
};

template <>
struct detail::Mapping<DataProductSrc> {
  static constexpr auto members = std::tuple{
      member("data_products_src_id", &DataProductSrc::data_products_src_id, required),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(DataProductSdp)
SKA_ODA_DEFINE_MODEL_OBJECT(DataProductSrc)

}  // namespace ska::oda::model
