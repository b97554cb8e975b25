#include <ska/oda/model/investigator.hpp>
#include <ska/oda/model/proposal_document.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<Investigator> {
  static constexpr auto members = std::tuple{
      member("user_id", &Investigator::user_id),
      member("given_name", &Investigator::given_name),
      member("family_name", &Investigator::family_name),
      member("email", &Investigator::email),
      member("organization", &Investigator::organization),
      member("for_phd", &Investigator::for_phd),
      member("status", &Investigator::status, required),
      member("principal_investigator", &Investigator::principal_investigator),
      member("investigator_id", &Investigator::investigator_id, legacy),
  };
};

template <>
struct detail::Mapping<Document> {
  static constexpr auto members = std::tuple{
      member("document_id", &Document::document_id, required),
      member("uploaded_pdf", &Document::uploaded_pdf),
      member("link", &Document::link, legacy),
      member("type", &Document::type, legacy),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(Investigator)
SKA_ODA_DEFINE_MODEL_OBJECT(Document)

}  // namespace ska::oda::model
