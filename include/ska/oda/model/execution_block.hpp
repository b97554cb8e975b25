#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/date_time.hpp>
#include <ska/oda/model/entity_members.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/metadata.hpp>
#include <ska/oda/model/script.hpp>

namespace ska::oda::model {

struct SKA_ODA_EXPORT ResponseWrapper {
  Field<std::string> result;
  SKA_ODA_MODEL_OBJECT(ResponseWrapper);
};

struct SKA_ODA_EXPORT ErrorWrapper {
  Field<std::string> detail;
  Field<std::string> stacktrace;
  SKA_ODA_MODEL_OBJECT(ErrorWrapper);
};

/// One command sent to the telescope during an execution block, and its
/// response or error.
struct SKA_ODA_EXPORT RequestResponse {
  Field<std::string> request;
  Field<PythonArguments> request_args;
  Field<std::string> status;
  Field<ResponseWrapper> response;
  Field<ErrorWrapper> error;
  Field<DateTime> request_sent_at;
  Field<DateTime> response_received_at;
  SKA_ODA_MODEL_OBJECT(RequestResponse);
};

/// The record of what the observing system did (PDM `OSOExecutionBlock`).
struct SKA_ODA_EXPORT OSOExecutionBlock {
  Field<std::string> interface;
  Field<std::string> eb_id;
  Field<Metadata> metadata;
  Field<std::string> telescope;
  Field<std::string> sbd_ref;
  Field<std::int64_t> sbd_version;
  Field<std::string> sbi_ref;
  Field<std::vector<RequestResponse>> request_responses;
  /// The PDM 9 name of sbd_ref.
  Field<std::string> sbd_id;

  SKA_ODA_MODEL_ENTITY(OSOExecutionBlock, eb_id);
};

}  // namespace ska::oda::model
