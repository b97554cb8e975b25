#pragma once

#include <string>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

/// A file attached to a proposal, such as the science case (PDM `Document`).
struct SKA_ODA_EXPORT Document {
  Field<std::string> document_id;
  Field<bool> uploaded_pdf;
  /// PDM 16 members, replaced by the upload flag.
  Field<std::string> link;
  Field<std::string> type;

  SKA_ODA_MODEL_OBJECT(Document);
};

}  // namespace ska::oda::model
