#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/scan_definition.hpp>

namespace ska::oda::model {

/// The MID dishes of a subarray and the scans they perform.
struct SKA_ODA_EXPORT DishAllocation {
  Field<std::string> dish_allocation_id;
  Field<std::string> selected_subarray_definition;
  Field<std::vector<std::string>> dish_ids;
  /// Dishes used as the pointing reference (PDM 27 and later).
  Field<std::vector<std::string>> reference_dishes;
  Field<std::vector<ScanDefinition>> scan_sequence;

  SKA_ODA_MODEL_OBJECT(DishAllocation);
};

}  // namespace ska::oda::model
