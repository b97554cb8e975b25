#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ska/oda/error.hpp>
#include <ska/oda/export.hpp>
#include <ska/oda/json.hpp>
#include <ska/oda/model/document_kind.hpp>
#include <ska/oda/model/json_difference.hpp>

namespace ska::oda {

enum class RoundTripResult {
  /// Writing the typed entity back yields the same JSON.
  ok,
  /// The written JSON differs, or from_json() rejected the document.
  failed,
  /// The document is of no kind the archive stores.
  skipped,
};

/// The result of checking one document without a database.
struct DocumentCheck {
  DocumentKind kind;
  /// The entity id, or the referenced id of a status record; empty when the
  /// document has none.
  std::string id;
  RoundTripResult round_trip = RoundTripResult::skipped;
  /// The first difference of the written JSON, when the round trip failed.
  std::optional<JsonDifference> difference;
  /// The message of from_json() when it rejected the document.
  std::string error;
  /// Problems against the current model, from validate().
  std::vector<ValidationProblem> problems;
  /// Scalar values (null, boolean, number, string) in the document. Empty
  /// arrays and objects hold none.
  std::size_t leaf_count = 0;
  /// Scalar values held by typed fields rather than kept as unknown or
  /// mismatched JSON. Free-form members of the model (SDP script
  /// parameters, script kwargs) count as typed.
  std::size_t typed_leaf_count = 0;

  /// Percentage of scalar values held by typed fields; 100 for a document
  /// without any.
  double typed_coverage() const {
    return leaf_count == 0 ? 100.0
                           : 100.0 * static_cast<double>(typed_leaf_count) /
                                 static_cast<double>(leaf_count);
  }
};

/// Detects the document's kind, reads it into its entity type, writes it
/// back and compares, validates it and measures typed coverage. Document
/// content never makes it throw, which the document fuzzer exercises.
SKA_ODA_EXPORT DocumentCheck check_document(const Json& document);

/// One document of a file: `index` is set for elements of a top-level array.
struct FileDocumentCheck {
  std::optional<std::size_t> index;
  DocumentCheck check;
};

/// Parses `text` with parse_document() and checks the document, or each
/// element of a top-level array. Throws ParseError for invalid JSON.
SKA_ODA_EXPORT std::vector<FileDocumentCheck> check_document_text(std::string_view text,
                                                                  std::string_view source = {});

}  // namespace ska::oda
