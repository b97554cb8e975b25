#include <ska/oda/model/dish_allocation.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<DishAllocation> {
  static constexpr auto members = std::tuple{
      member("dish_allocation_id", &DishAllocation::dish_allocation_id),
      member("selected_subarray_definition", &DishAllocation::selected_subarray_definition),
      member("dish_ids", &DishAllocation::dish_ids),
      member("reference_dishes", &DishAllocation::reference_dishes),
      member("scan_sequence", &DishAllocation::scan_sequence),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(DishAllocation)

}  // namespace ska::oda::model
