#include <ska/oda/model/sb_instance.hpp>

#include "model/entity_support.hpp"
#include "model/enumerations.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<FunctionArgs> {
  static constexpr auto members = std::tuple{
      member("function_name", &FunctionArgs::function_name),
      member("function_args", &FunctionArgs::function_args),
  };
};

template <>
struct detail::Mapping<ActivityCall> {
  static constexpr auto members = std::tuple{
      member("activity_ref", &ActivityCall::activity_ref),
      member("executed_at", &ActivityCall::executed_at),
      member("runtime_args", &ActivityCall::runtime_args),
  };
};

template <>
struct detail::Mapping<SBInstance> {
  static constexpr auto members = std::tuple{
      member("interface", &SBInstance::interface),
      member("sbi_id", &SBInstance::sbi_id),
      member("metadata", &SBInstance::metadata),
      member("telescope", &SBInstance::telescope, required, telescope_types),
      member("sbd_ref", &SBInstance::sbd_ref),
      member("sbd_version", &SBInstance::sbd_version),
      member("eb_ref", &SBInstance::eb_ref),
      member("subarray_id", &SBInstance::subarray_id),
      member("activities", &SBInstance::activities),
      member("sbd_id", &SBInstance::sbd_id, legacy),
  };
  static void check(const SBInstance& object, ProblemList& problems, const std::string& path) {
    check_interface(object.interface, EntityKind::sbi, problems, path);
  }
};

SKA_ODA_DEFINE_MODEL_OBJECT(FunctionArgs)
SKA_ODA_DEFINE_MODEL_OBJECT(ActivityCall)
SKA_ODA_DEFINE_MODEL_ENTITY(SBInstance, "sbi_id")

}  // namespace ska::oda::model
