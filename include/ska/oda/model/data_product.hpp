#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

/// An SDP data product requested by a proposal or project. PDM 22 describes
/// the image directly; PDM 26 and later name one observation set and give
/// free-form script parameters.
struct SKA_ODA_EXPORT DataProductSdp {
  Field<std::string> data_products_sdp_id;
  Field<std::vector<std::string>> options;
  Field<std::vector<std::string>> observation_set_refs;
  Field<Quantity> image_size;
  Field<Quantity> pixel_size;
  Field<std::string> weighting;
  Field<std::string> data_product_id;
  Field<std::string> observation_set_ref;
  Field<Json> script_parameters;
  SKA_ODA_MODEL_OBJECT(DataProductSdp);
};

/// A data product of an SKA Regional Centre network.
struct SKA_ODA_EXPORT DataProductSrc {
  Field<std::string> data_products_src_id;
  SKA_ODA_MODEL_OBJECT(DataProductSrc);
};

}  // namespace ska::oda::model
