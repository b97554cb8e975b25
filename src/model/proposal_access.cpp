#include <ska/oda/model/proposal_access.hpp>

#include "model/entity_support.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 2> proposal_roles{"Principal Investigator",
                                                         "Co-Investigator"};
constexpr std::array<std::string_view, 3> proposal_permissions{"submit", "update", "view"};

}  // namespace

template <>
struct detail::Mapping<ProposalAccess> {
  static constexpr auto members = std::tuple{
      member("metadata", &ProposalAccess::metadata),
      member("access_id", &ProposalAccess::access_id, required),
      member("prsl_id", &ProposalAccess::prsl_id, required),
      member("user_id", &ProposalAccess::user_id, required),
      member("role", &ProposalAccess::role, required, proposal_roles),
      member("permissions", &ProposalAccess::permissions),
  };
  static void check(const ProposalAccess& object, ProblemList& problems, const std::string& path) {
    const auto* permissions = object.permissions.get();
    if (permissions == nullptr) {
      return;
    }
    for (std::size_t i = 0; i < permissions->size(); ++i) {
      check_allowed((*permissions)[i], proposal_permissions, problems,
                    index_path(member_path(path, "permissions"), i));
    }
  }
};

SKA_ODA_DEFINE_MODEL_ENTITY(ProposalAccess, "access_id")

}  // namespace ska::oda::model
