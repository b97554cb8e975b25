#include <ska/oda/model/tied_array_beams.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<Beam> {
  static constexpr auto members = std::tuple{
      member("beam_id", &Beam::beam_id, required),
      member("beam_name", &Beam::beam_name),
      member("beam_coordinate", &Beam::beam_coordinate, required),
      member("stn_weights", &Beam::stn_weights),
  };
};

template <>
struct detail::Mapping<TiedArrayBeams> {
  static constexpr auto members = std::tuple{
      member("pst_beams", &TiedArrayBeams::pst_beams),
      member("pss_beams", &TiedArrayBeams::pss_beams),
      member("vlbi_beams", &TiedArrayBeams::vlbi_beams),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(Beam)
SKA_ODA_DEFINE_MODEL_OBJECT(TiedArrayBeams)

}  // namespace ska::oda::model
