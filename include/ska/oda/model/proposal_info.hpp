#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/data_product.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/investigator.hpp>
#include <ska/oda/model/observation_set.hpp>
#include <ska/oda/model/proposal_document.hpp>
#include <ska/oda/model/result_detail.hpp>
#include <ska/oda/model/target.hpp>

namespace ska::oda::model {

struct SKA_ODA_EXPORT ProposalType {
  Field<std::string> main_type;
  Field<std::vector<std::string>> attributes;
  /// The PDM 16 name of attributes.
  Field<std::vector<std::string>> sub_type;
  SKA_ODA_MODEL_OBJECT(ProposalType);
};

/// The science content of a proposal or project (PDM `Info`).
struct SKA_ODA_EXPORT Info {
  Field<std::string> title;
  Field<ProposalType> proposal_type;
  Field<std::string> abstract;
  Field<std::string> science_category;
  Field<std::vector<Target>> targets;
  Field<std::vector<Document>> documents;
  Field<std::vector<Investigator>> investigators;
  Field<std::vector<ObservationSet>> observation_sets;
  Field<std::vector<DataProductSdp>> data_product_sdps;
  Field<std::vector<DataProductSrc>> data_product_src_nets;
  Field<std::vector<ResultDetail>> result_details;
  SKA_ODA_MODEL_OBJECT(Info);
};

/// The `proposal_info` object of PDM 11 proposals, replaced by `info`.
// TODO: its investigators, targets, science_programmes and science_goals
// are kept as unknown JSON, not typed.
struct SKA_ODA_EXPORT LegacyProposalInfo {
  Field<std::string> title;
  Field<std::string> cycle;
  Field<std::string> abstract;
  Field<std::string> science_category;
  Field<ProposalType> proposal_type;
  SKA_ODA_MODEL_OBJECT(LegacyProposalInfo);
};

}  // namespace ska::oda::model
