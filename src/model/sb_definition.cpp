#include <ska/oda/model/sb_definition.hpp>

#include "model/entity_support.hpp"
#include "model/enumerations.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<SBDefinition> {
  static constexpr auto members = std::tuple{
      member("interface", &SBDefinition::interface),
      member("sbd_id", &SBDefinition::sbd_id),
      member("name", &SBDefinition::name),
      member("description", &SBDefinition::description),
      member("telescope", &SBDefinition::telescope, no_flags, telescope_types),
      member("metadata", &SBDefinition::metadata),
      member("prj_ref", &SBDefinition::prj_ref),
      member("ob_ref", &SBDefinition::ob_ref),
      member("validate_against", &SBDefinition::validate_against),
      member("activities", &SBDefinition::activities),
      member("targets", &SBDefinition::targets),
      member("observing_constraints", &SBDefinition::observing_constraints),
      member("csp_configurations", &SBDefinition::csp_configurations),
      member("dish_allocations", &SBDefinition::dish_allocations),
      member("mccs_allocation", &SBDefinition::mccs_allocation),
      member("sdp_configurations", &SBDefinition::sdp_configurations),
      member("scan_definitions", &SBDefinition::scan_definitions),
      member("scan_sequence", &SBDefinition::scan_sequence),
  };
  static void check(const SBDefinition& object, ProblemList& problems, const std::string& path) {
    check_interface(object.interface, EntityKind::sbd, problems, path);
  }
};

SKA_ODA_DEFINE_MODEL_ENTITY(SBDefinition, "sbd_id")

}  // namespace ska::oda::model
