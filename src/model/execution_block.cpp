#include <ska/oda/model/execution_block.hpp>

#include "model/entity_support.hpp"
#include "model/enumerations.hpp"

namespace ska::oda::model {

template <>
struct detail::Mapping<ResponseWrapper> {
  static constexpr auto members = std::tuple{
      member("result", &ResponseWrapper::result),
  };
};

template <>
struct detail::Mapping<ErrorWrapper> {
  static constexpr auto members = std::tuple{
      member("detail", &ErrorWrapper::detail),
      member("stacktrace", &ErrorWrapper::stacktrace),
  };
};

template <>
struct detail::Mapping<RequestResponse> {
  static constexpr auto members = std::tuple{
      member("request", &RequestResponse::request),
      member("request_args", &RequestResponse::request_args),
      member("status", &RequestResponse::status),
      member("response", &RequestResponse::response),
      member("error", &RequestResponse::error),
      member("request_sent_at", &RequestResponse::request_sent_at),
      member("response_received_at", &RequestResponse::response_received_at),
  };
};

template <>
struct detail::Mapping<OSOExecutionBlock> {
  static constexpr auto members = std::tuple{
      member("interface", &OSOExecutionBlock::interface),
      member("eb_id", &OSOExecutionBlock::eb_id),
      member("metadata", &OSOExecutionBlock::metadata),
      member("telescope", &OSOExecutionBlock::telescope, required, telescope_types),
      member("sbd_ref", &OSOExecutionBlock::sbd_ref),
      member("sbd_version", &OSOExecutionBlock::sbd_version),
      member("sbi_ref", &OSOExecutionBlock::sbi_ref),
      member("request_responses", &OSOExecutionBlock::request_responses),
      member("sbd_id", &OSOExecutionBlock::sbd_id, legacy),
  };
  static void check(const OSOExecutionBlock& object, ProblemList& problems,
                    const std::string& path) {
    check_interface(object.interface, EntityKind::eb, problems, path);
  }
};

SKA_ODA_DEFINE_MODEL_OBJECT(ResponseWrapper)
SKA_ODA_DEFINE_MODEL_OBJECT(ErrorWrapper)
SKA_ODA_DEFINE_MODEL_OBJECT(RequestResponse)
SKA_ODA_DEFINE_MODEL_ENTITY(OSOExecutionBlock, "eb_id")

}  // namespace ska::oda::model
