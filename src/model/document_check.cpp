#include <ska/oda/model/document_check.hpp>

#include <ska/oda/model/document_parser.hpp>
#include <ska/oda/model/entities.hpp>

#include "model/json_path.hpp"

namespace ska::oda {

namespace {

template <class Entity>
void check_as(const Json& document, DocumentCheck& result) {
  try {
    const Entity entity = Entity::from_json(document);
    const Json written = entity.to_json();
    result.difference = first_difference(document, written);
    result.round_trip = result.difference ? RoundTripResult::failed : RoundTripResult::ok;
    result.problems = entity.validate();
    result.typed_leaf_count = result.leaf_count - entity.untyped_leaf_count();
  } catch (const ValidationError& error) {
    result.round_trip = RoundTripResult::failed;
    result.error = error.what();
    result.problems = error.problems();
  }
}

void check_entity(const Json& document, EntityKind kind, DocumentCheck& result) {
  switch (kind) {
    case EntityKind::sbd:
      return check_as<model::SBDefinition>(document, result);
    case EntityKind::sbi:
      return check_as<model::SBInstance>(document, result);
    case EntityKind::eb:
      return check_as<model::OSOExecutionBlock>(document, result);
    case EntityKind::prj:
      return check_as<model::Project>(document, result);
    case EntityKind::prsl:
      return check_as<model::Proposal>(document, result);
    case EntityKind::panel:
      return check_as<model::Panel>(document, result);
    case EntityKind::rvw:
      return check_as<model::PanelReview>(document, result);
    case EntityKind::pnld:
      return check_as<model::PanelDecision>(document, result);
    case EntityKind::prslacc:
      return check_as<model::ProposalAccess>(document, result);
  }
}

void check_status_record(const Json& document, EntityKind kind, DocumentCheck& result) {
  switch (kind) {
    case EntityKind::sbd:
      return check_as<model::SBDStatusHistory>(document, result);
    case EntityKind::sbi:
      return check_as<model::SBIStatusHistory>(document, result);
    case EntityKind::eb:
      return check_as<model::OSOEBStatusHistory>(document, result);
    case EntityKind::prj:
      return check_as<model::ProjectStatusHistory>(document, result);
    default:
      result.error = "no status history is kept for " + std::string(describe(kind).entity_name);
      result.round_trip = RoundTripResult::failed;
  }
}

std::string id_of(const Json& document, const DocumentKind& kind) {
  if (!kind.kind || !document.is_object()) {
    return {};
  }
  std::string member(describe(*kind.kind).id_field);
  if (kind.category == DocumentCategory::status_record) {
    member = std::string(describe(*kind.kind).name) + "_ref";
  }
  const auto found = document.find(member);
  if (found == document.end()) {
    return {};
  }
  return found->is_string() ? found->get<std::string>() : found->dump();
}

}  // namespace

DocumentCheck check_document(const Json& document) {
  DocumentCheck result;
  result.kind = detect_document_kind(document);
  result.id = id_of(document, result.kind);
  result.leaf_count = model::detail::count_leaves(document);
  if (!result.kind.kind) {
    return result;
  }
  if (result.kind.category == DocumentCategory::status_record) {
    check_status_record(document, *result.kind.kind, result);
  } else {
    check_entity(document, *result.kind.kind, result);
  }
  return result;
}

std::vector<FileDocumentCheck> check_document_text(std::string_view text, std::string_view source) {
  const Json parsed = parse_document(text, source);
  std::vector<FileDocumentCheck> checks;
  if (parsed.is_array()) {
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      checks.push_back({i, check_document(parsed[i])});
    }
  } else {
    checks.push_back({std::nullopt, check_document(parsed)});
  }
  return checks;
}

}  // namespace ska::oda
