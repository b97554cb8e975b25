#include <ska/oda/model/metadata.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<Metadata> {
  static constexpr auto members = std::tuple{
      member("version", &Metadata::version),
      member("created_by", &Metadata::created_by),
      member("created_on", &Metadata::created_on),
      member("last_modified_by", &Metadata::last_modified_by),
      member("last_modified_on", &Metadata::last_modified_on),
      member("pdm_version", &Metadata::pdm_version),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(Metadata)

}  // namespace ska::oda::model
