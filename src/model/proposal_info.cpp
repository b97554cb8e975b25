#include <ska/oda/model/proposal_info.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<ProposalType> {
  static constexpr auto members = std::tuple{
      member("main_type", &ProposalType::main_type, required),
      member("attributes", &ProposalType::attributes),
      member("sub_type", &ProposalType::sub_type, legacy),
  };
};

template <>
struct detail::Mapping<Info> {
  static constexpr auto members = std::tuple{
      member("title", &Info::title, required),
      member("proposal_type", &Info::proposal_type, required),
      member("abstract", &Info::abstract),
      member("science_category", &Info::science_category),
      member("targets", &Info::targets),
      member("documents", &Info::documents),
      member("investigators", &Info::investigators),
      member("observation_sets", &Info::observation_sets),
      member("data_product_sdps", &Info::data_product_sdps),
      member("data_product_src_nets", &Info::data_product_src_nets),
      member("result_details", &Info::result_details),
  };
};

template <>
struct detail::Mapping<LegacyProposalInfo> {
  static constexpr auto members = std::tuple{
      member("title", &LegacyProposalInfo::title),
      member("cycle", &LegacyProposalInfo::cycle),
      member("abstract", &LegacyProposalInfo::abstract),
      member("science_category", &LegacyProposalInfo::science_category),
      member("proposal_type", &LegacyProposalInfo::proposal_type),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(ProposalType)
SKA_ODA_DEFINE_MODEL_OBJECT(Info)
SKA_ODA_DEFINE_MODEL_OBJECT(LegacyProposalInfo)

}  // namespace ska::oda::model
