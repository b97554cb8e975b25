#include <ska/oda/model/status_history.hpp>

#include "model/entity_support.hpp"

namespace ska::oda::model {

namespace {

using detail::check_status;
using detail::member_path;

// The four records differ only in their member names and kind.
template <class Record>
void check_record(const Record& record, EntityKind kind, ProblemList& problems,
                  const std::string& path) {
  check_status(record.current_status, kind, problems, member_path(path, "current_status"));
  check_status(record.previous_status, kind, problems, member_path(path, "previous_status"));
}

}  // namespace

template <>
struct detail::Mapping<SBDStatusHistory> {
  static constexpr auto members = std::tuple{
      member("metadata", &SBDStatusHistory::metadata),
      member("sbd_ref", &SBDStatusHistory::sbd_ref, required),
      member("sbd_version", &SBDStatusHistory::sbd_version),
      member("current_status", &SBDStatusHistory::current_status),
      member("previous_status", &SBDStatusHistory::previous_status),
  };
  static void check(const SBDStatusHistory& object, ProblemList& problems,
                    const std::string& path) {
    check_record(object, EntityKind::sbd, problems, path);
  }
};

template <>
struct detail::Mapping<SBIStatusHistory> {
  static constexpr auto members = std::tuple{
      member("metadata", &SBIStatusHistory::metadata),
      member("sbi_ref", &SBIStatusHistory::sbi_ref, required),
      member("sbi_version", &SBIStatusHistory::sbi_version),
      member("current_status", &SBIStatusHistory::current_status),
      member("previous_status", &SBIStatusHistory::previous_status),
  };
  static void check(const SBIStatusHistory& object, ProblemList& problems,
                    const std::string& path) {
    check_record(object, EntityKind::sbi, problems, path);
  }
};

template <>
struct detail::Mapping<OSOEBStatusHistory> {
  static constexpr auto members = std::tuple{
      member("metadata", &OSOEBStatusHistory::metadata),
      member("eb_ref", &OSOEBStatusHistory::eb_ref, required),
      member("eb_version", &OSOEBStatusHistory::eb_version),
      member("current_status", &OSOEBStatusHistory::current_status),
      member("previous_status", &OSOEBStatusHistory::previous_status),
  };
  static void check(const OSOEBStatusHistory& object, ProblemList& problems,
                    const std::string& path) {
    check_record(object, EntityKind::eb, problems, path);
  }
};

template <>
struct detail::Mapping<ProjectStatusHistory> {
  static constexpr auto members = std::tuple{
      member("metadata", &ProjectStatusHistory::metadata),
      member("prj_ref", &ProjectStatusHistory::prj_ref, required),
      member("prj_version", &ProjectStatusHistory::prj_version),
      member("current_status", &ProjectStatusHistory::current_status),
      member("previous_status", &ProjectStatusHistory::previous_status),
  };
  static void check(const ProjectStatusHistory& object, ProblemList& problems,
                    const std::string& path) {
    check_record(object, EntityKind::prj, problems, path);
  }
};

SKA_ODA_DEFINE_MODEL_ENTITY(SBDStatusHistory, "sbd_ref")
SKA_ODA_DEFINE_MODEL_ENTITY(SBIStatusHistory, "sbi_ref")
SKA_ODA_DEFINE_MODEL_ENTITY(OSOEBStatusHistory, "eb_ref")
SKA_ODA_DEFINE_MODEL_ENTITY(ProjectStatusHistory, "prj_ref")

}  // namespace ska::oda::model
