#include <ska/oda/model/proposal.hpp>

#include "model/entity_support.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<Proposal> {
  static constexpr auto members = std::tuple{
      member("prsl_id", &Proposal::prsl_id),
      member("status", &Proposal::status),
      member("submitted_on", &Proposal::submitted_on),
      member("submitted_by", &Proposal::submitted_by),
      member("investigator_refs", &Proposal::investigator_refs),
      member("metadata", &Proposal::metadata),
      member("cycle", &Proposal::cycle, required),
      member("info", &Proposal::info),
      member("proposal_info", &Proposal::proposal_info, legacy),
      member("investigators", &Proposal::investigators, legacy),
  };
  static void check(const Proposal& object, ProblemList& problems, const std::string& path) {
    check_status(object.status, EntityKind::prsl, problems, member_path(path, "status"));
    if (object.info.is_absent() && object.proposal_info.is_absent()) {
      problems.push_back({member_path(path, "info"), "missing required field"});
    }
  }
};

SKA_ODA_DEFINE_MODEL_ENTITY(Proposal, "prsl_id")

}  // namespace ska::oda::model
