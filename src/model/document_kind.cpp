#include <ska/oda/model/document_kind.hpp>

#include <array>
#include <string_view>

namespace ska::oda {

namespace {

struct StatusReference {
  std::string_view member;
  EntityKind kind;
  std::string_view record_name;
};

constexpr std::array<StatusReference, 4> status_references{{
    {"sbd_ref", EntityKind::sbd, "SBDStatusHistory"},
    {"sbi_ref", EntityKind::sbi, "SBIStatusHistory"},
    {"eb_ref", EntityKind::eb, "OSOEBStatusHistory"},
    {"prj_ref", EntityKind::prj, "ProjectStatusHistory"},
}};

// Kinds in the order their id members are tried. Documents of a kind can
// also hold the id members of kinds tried later (an SBInstance of PDM 9 has
// sbd_id, a PanelReview has prsl_id and panel_id), never of kinds before.
constexpr std::array<EntityKind, 9> id_detection_order{
    EntityKind::sbi,  EntityKind::eb,      EntityKind::sbd,
    EntityKind::prj,  EntityKind::rvw,     EntityKind::pnld,
    EntityKind::prslacc, EntityKind::panel, EntityKind::prsl};

struct SignatureMember {
  std::string_view member;
  EntityKind kind;
};

constexpr std::array<SignatureMember, 6> signature_members{{
    {"obs_blocks", EntityKind::prj},
    {"csp_configurations", EntityKind::sbd},
    {"dish_allocations", EntityKind::sbd},
    {"mccs_allocation", EntityKind::sbd},
    {"request_responses", EntityKind::eb},
    {"investigator_refs", EntityKind::prsl},
}};

// Kinds whose current model has no top-level `status` member, so that one
// there was added by the Project Tracking Tool.
bool model_has_status(EntityKind kind) {
  return kind == EntityKind::prsl || kind == EntityKind::rvw || kind == EntityKind::pnld;
}

DocumentKind entity(const Json& document, EntityKind kind) {
  DocumentKind result;
  result.category = DocumentCategory::entity;
  result.kind = kind;
  result.has_tracking_status = !model_has_status(kind) && document.contains("status");
  return result;
}

DocumentKind unknown(std::string reason) {
  DocumentKind result;
  result.reason = std::move(reason);
  return result;
}

}  // namespace

std::string DocumentKind::name() const {
  if (!kind || category == DocumentCategory::unknown) {
    return "unknown";
  }
  if (category == DocumentCategory::status_record) {
    for (const auto& reference : status_references) {
      if (reference.kind == *kind) {
        return std::string(reference.record_name);
      }
    }
  }
  return std::string(describe(*kind).entity_name);
}

DocumentKind detect_document_kind(const Json& document) {
  if (!document.is_object()) {
    return unknown("not a JSON object");
  }

  if (document.contains("obs_prg_id")) {
    return unknown("legacy ObservingProgramme (obs_prg_id) is not stored by the archive");
  }

  const auto interface = document.find("interface");
  if (interface != document.end() && interface->is_string()) {
    const auto& url = interface->get_ref<const std::string&>();
    for (const KindDescriptor& descriptor : kind_descriptors) {
      if (!descriptor.interface_prefix.empty() && url.starts_with(descriptor.interface_prefix)) {
        return entity(document, descriptor.kind);
      }
    }
    return unknown("unknown interface URL " + url);
  }

  if (document.contains("current_status")) {
    for (const auto& reference : status_references) {
      if (document.contains(std::string(reference.member))) {
        DocumentKind result;
        result.category = DocumentCategory::status_record;
        result.kind = reference.kind;
        return result;
      }
    }
  }

  for (EntityKind kind : id_detection_order) {
    if (document.contains(std::string(describe(kind).id_field))) {
      return entity(document, kind);
    }
  }

  // A document without interface and id, such as a Project before its
  // first save, is recognised by members that only its kind has.
  for (const auto& signature : signature_members) {
    if (document.contains(std::string(signature.member))) {
      return entity(document, signature.kind);
    }
  }
  return unknown("no interface URL, entity id or status reference found");
}

}  // namespace ska::oda
