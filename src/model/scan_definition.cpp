#include <ska/oda/model/scan_definition.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 3> pointing_corrections{"MAINTAIN", "UPDATE", "RESET"};

}  // namespace

template <>
struct detail::Mapping<ScanDefinition> {
  static constexpr auto members = std::tuple{
      member("scan_definition_id", &ScanDefinition::scan_definition_id),
      member("scan_duration_ms", &ScanDefinition::scan_duration_ms, required),
      member("scan_duration", &ScanDefinition::scan_duration),
      member("target_ref", &ScanDefinition::target_ref),
      member("mccs_allocation_ref", &ScanDefinition::mccs_allocation_ref),
      member("dish_allocation_ref", &ScanDefinition::dish_allocation_ref),
      member("scan_type_ref", &ScanDefinition::scan_type_ref, legacy),
      member("csp_configuration_ref", &ScanDefinition::csp_configuration_ref),
      member("scan_intent", &ScanDefinition::scan_intent),
      member("pointing_correction", &ScanDefinition::pointing_correction, no_flags,
             pointing_corrections),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(ScanDefinition)

}  // namespace ska::oda::model
