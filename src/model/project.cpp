#include <ska/oda/model/project.hpp>

#include "model/entity_support.hpp"
#include "model/enumerations.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<Author> {
  static constexpr auto members = std::tuple{
      member("pis", &Author::pis),
      member("cois", &Author::cois),
  };
};

template <>
struct detail::Mapping<CalibrationStrategy> {
  static constexpr auto members = std::tuple{
      member("observatory_defined", &CalibrationStrategy::observatory_defined),
      member("notes", &CalibrationStrategy::notes),
  };
};

template <>
struct detail::Mapping<ScienceProgramme> {
  static constexpr auto members = std::tuple{
      member("observation_sets", &ScienceProgramme::observation_sets),
      member("targets", &ScienceProgramme::targets),
      member("data_product_sdps", &ScienceProgramme::data_product_sdps),
      member("data_product_src_nets", &ScienceProgramme::data_product_src_nets),
      member("result_details", &ScienceProgramme::result_details),
      member("calibration_strategies", &ScienceProgramme::calibration_strategies),
  };
};

template <>
struct detail::Mapping<ObservingBlock> {
  static constexpr auto members = std::tuple{
      member("obs_block_id", &ObservingBlock::obs_block_id, required),
      member("name", &ObservingBlock::name),
      member("sbd_ids", &ObservingBlock::sbd_ids),
      member("science_programmes", &ObservingBlock::science_programmes),
  };
};

template <>
struct detail::Mapping<Project> {
  static constexpr auto members = std::tuple{
      member("interface", &Project::interface),
      member("prj_id", &Project::prj_id),
      member("name", &Project::name),
      member("metadata", &Project::metadata),
      member("prsl_ref", &Project::prsl_ref),
      member("author", &Project::author),
      member("obs_blocks", &Project::obs_blocks),
      member("info", &Project::info),
      member("telescope", &Project::telescope, legacy, telescope_types),
  };
  static void check(const Project& object, ProblemList& problems, const std::string& path) {
    check_interface(object.interface, EntityKind::prj, problems, path);
  }
};

SKA_ODA_DEFINE_MODEL_OBJECT(Author)
SKA_ODA_DEFINE_MODEL_OBJECT(CalibrationStrategy)
SKA_ODA_DEFINE_MODEL_OBJECT(ScienceProgramme)
SKA_ODA_DEFINE_MODEL_OBJECT(ObservingBlock)
SKA_ODA_DEFINE_MODEL_ENTITY(Project, "prj_id")

}  // namespace ska::oda::model
