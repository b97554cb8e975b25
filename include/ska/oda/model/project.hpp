#pragma once

#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/data_product.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>
#include <ska/oda/model/observation_set.hpp>
#include <ska/oda/model/proposal_info.hpp>
#include <ska/oda/model/result_detail.hpp>
#include <ska/oda/model/target.hpp>

namespace ska::oda::model {

struct SKA_ODA_EXPORT Author {
  Field<std::vector<std::string>> pis;
  Field<std::vector<std::string>> cois;
  SKA_ODA_MODEL_OBJECT(Author);
};

/// How a science programme is calibrated (PDM 26 and later).
struct SKA_ODA_EXPORT CalibrationStrategy {
  Field<bool> observatory_defined;
  Field<std::string> notes;
  SKA_ODA_MODEL_OBJECT(CalibrationStrategy);
};

struct SKA_ODA_EXPORT ScienceProgramme {
  Field<std::vector<ObservationSet>> observation_sets;
  Field<std::vector<Target>> targets;
  Field<std::vector<DataProductSdp>> data_product_sdps;
  Field<std::vector<DataProductSrc>> data_product_src_nets;
  Field<std::vector<ResultDetail>> result_details;
  Field<std::vector<CalibrationStrategy>> calibration_strategies;
  SKA_ODA_MODEL_OBJECT(ScienceProgramme);
};

/// A group of SBDefinitions of a project, named by their ids.
struct SKA_ODA_EXPORT ObservingBlock {
  Field<std::string> obs_block_id;
  Field<std::string> name;
  Field<std::vector<std::string>> sbd_ids;
  Field<std::vector<ScienceProgramme>> science_programmes;
  SKA_ODA_MODEL_OBJECT(ObservingBlock);
};

/// An approved proposal turned into observing blocks (PDM `Project`).
// TODO: the PDM 9 `obs_programmes` list is kept as unknown JSON, not typed.
struct SKA_ODA_EXPORT Project {
  Field<std::string> interface;
  Field<std::string> prj_id;
  Field<std::string> name;
  Field<Metadata> metadata;
  Field<std::string> prsl_ref;
  Field<Author> author;
  Field<std::vector<ObservingBlock>> obs_blocks;
  Field<Info> info;
  /// A member of PDM 9 to 14 projects.
  Field<std::string> telescope;

  SKA_ODA_MODEL_ENTITY(Project, prj_id);
};

}  // namespace ska::oda::model
