// libFuzzer target: parse_document, then from_json and to_json of every
// entity and status-record type. Any input that parses must round-trip
// exactly through every type that accepts it; a difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <ska/oda/error.hpp>
#include <ska/oda/model/document_check.hpp>
#include <ska/oda/model/document_parser.hpp>
#include <ska/oda/model/entities.hpp>
#include <ska/oda/model/json_difference.hpp>

namespace {

using ska::oda::Json;

template <class Entity>
void require_round_trip(const Json& document, const char* type_name) {
  try {
    const Entity entity = Entity::from_json(document);
    const Json written = entity.to_json();
    (void)entity.validate();
    (void)entity.untyped_leaf_count();
    if (const auto difference = ska::oda::first_difference(document, written)) {
      std::fprintf(stderr, "%s round trip differs at %s: %s\n", type_name,
                   difference->path.c_str(), difference->reason.c_str());
      std::abort();
    }
  } catch (const ska::oda::ValidationError&) {
    // Rejected identity or metadata types, or not an object: allowed.
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Json document;
  try {
    document = ska::oda::parse_document(text, "fuzz");
  } catch (const ska::oda::ParseError&) {
    return 0;
  }

  (void)ska::oda::check_document(document);

  using namespace ska::oda::model;
  require_round_trip<SBDefinition>(document, "SBDefinition");
  require_round_trip<SBInstance>(document, "SBInstance");
  require_round_trip<OSOExecutionBlock>(document, "OSOExecutionBlock");
  require_round_trip<Project>(document, "Project");
  require_round_trip<Proposal>(document, "Proposal");
  require_round_trip<Panel>(document, "Panel");
  require_round_trip<PanelReview>(document, "PanelReview");
  require_round_trip<PanelDecision>(document, "PanelDecision");
  require_round_trip<ProposalAccess>(document, "ProposalAccess");
  require_round_trip<SBDStatusHistory>(document, "SBDStatusHistory");
  require_round_trip<SBIStatusHistory>(document, "SBIStatusHistory");
  require_round_trip<OSOEBStatusHistory>(document, "OSOEBStatusHistory");
  require_round_trip<ProjectStatusHistory>(document, "ProjectStatusHistory");
  return 0;
}
