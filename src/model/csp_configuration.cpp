#include <ska/oda/model/csp_configuration.hpp>

#include "model/object_mapping.hpp"

namespace ska::oda::model {

namespace {

constexpr std::array<std::string_view, 4> receiver_bands{"1", "2", "5a", "5b"};

}  // namespace

template <>
struct detail::Mapping<SubarrayConfiguration> {
  static constexpr auto members = std::tuple{
      member("subarray_name", &SubarrayConfiguration::subarray_name, required),
  };
};

template <>
struct detail::Mapping<CommonConfiguration> {
  static constexpr auto members = std::tuple{
      member("subarray_id", &CommonConfiguration::subarray_id),
      member("band_5_tuning", &CommonConfiguration::band_5_tuning),
  };
};

template <>
struct detail::Mapping<CorrelationSpwConfiguration> {
  static constexpr auto members = std::tuple{
      member("spw_id", &CorrelationSpwConfiguration::spw_id, required),
      member("logical_fsp_ids", &CorrelationSpwConfiguration::logical_fsp_ids, required),
      member("receptors", &CorrelationSpwConfiguration::receptors),
      member("zoom_factor", &CorrelationSpwConfiguration::zoom_factor, required),
      member("centre_frequency", &CorrelationSpwConfiguration::centre_frequency, required),
      member("number_of_channels", &CorrelationSpwConfiguration::number_of_channels, required),
      member("channel_averaging_factor", &CorrelationSpwConfiguration::channel_averaging_factor),
      member("time_integration_factor", &CorrelationSpwConfiguration::time_integration_factor,
             required),
  };
};

template <>
struct detail::Mapping<PstSpwConfiguration> {
  static constexpr auto members = std::tuple{
      member("spw_id", &PstSpwConfiguration::spw_id, required),
      member("logical_fsp_ids", &PstSpwConfiguration::logical_fsp_ids, required),
      member("receptors", &PstSpwConfiguration::receptors),
      member("centre_frequency", &PstSpwConfiguration::centre_frequency, required),
      member("number_of_channels", &PstSpwConfiguration::number_of_channels, required),
  };
};

template <>
struct detail::Mapping<Subband> {
  static constexpr auto members = std::tuple{
      member("band_5_tuning", &Subband::band_5_tuning),
      member("frequency_slice_offset", &Subband::frequency_slice_offset),
      member("correlation_spws", &Subband::correlation_spws),
      member("pst_spws", &Subband::pst_spws),
  };
};

template <>
struct detail::Mapping<MidCbfSpfrx> {
  static constexpr auto members = std::tuple{
      member("sync_pps", &MidCbfSpfrx::sync_pps),
      member("saturation_threshold", &MidCbfSpfrx::saturation_threshold),
  };
};

template <>
struct detail::Mapping<MidCbfConfiguration> {
  static constexpr auto members = std::tuple{
      member("frequency_band", &MidCbfConfiguration::frequency_band, required, receiver_bands),
      member("subbands", &MidCbfConfiguration::subbands),
      member("band5b_subband", &MidCbfConfiguration::band5b_subband),
      member("spfrx", &MidCbfConfiguration::spfrx),
  };
};

template <>
struct detail::Mapping<LowCorrelationSpw> {
  static constexpr auto members = std::tuple{
      member("spw_id", &LowCorrelationSpw::spw_id, required),
      member("logical_fsp_ids", &LowCorrelationSpw::logical_fsp_ids, required),
      member("zoom_factor", &LowCorrelationSpw::zoom_factor, required),
      member("centre_frequency", &LowCorrelationSpw::centre_frequency, required),
      member("number_of_channels", &LowCorrelationSpw::number_of_channels, required),
      member("integration_time_ms", &LowCorrelationSpw::integration_time_ms, required),
  };
};

template <>
struct detail::Mapping<LowCbfConfiguration> {
  static constexpr auto members = std::tuple{
      member("do_pst", &LowCbfConfiguration::do_pst),
      member("correlation_spws", &LowCbfConfiguration::correlation_spws, required),
  };
};

template <>
struct detail::Mapping<CspConfiguration> {
  static constexpr auto members = std::tuple{
      member("config_id", &CspConfiguration::config_id),
      member("name", &CspConfiguration::name),
      member("subarray", &CspConfiguration::subarray),
      member("common", &CspConfiguration::common),
      member("midcbf", &CspConfiguration::midcbf),
      member("lowcbf", &CspConfiguration::lowcbf),
      member("pst", &CspConfiguration::pst),
      member("pss", &CspConfiguration::pss),
  };
};

SKA_ODA_DEFINE_MODEL_OBJECT(SubarrayConfiguration)
SKA_ODA_DEFINE_MODEL_OBJECT(CommonConfiguration)
SKA_ODA_DEFINE_MODEL_OBJECT(CorrelationSpwConfiguration)
SKA_ODA_DEFINE_MODEL_OBJECT(PstSpwConfiguration)
SKA_ODA_DEFINE_MODEL_OBJECT(Subband)
SKA_ODA_DEFINE_MODEL_OBJECT(MidCbfSpfrx)
SKA_ODA_DEFINE_MODEL_OBJECT(MidCbfConfiguration)
SKA_ODA_DEFINE_MODEL_OBJECT(LowCorrelationSpw)
SKA_ODA_DEFINE_MODEL_OBJECT(LowCbfConfiguration)
SKA_ODA_DEFINE_MODEL_OBJECT(CspConfiguration)

}  // namespace ska::oda::model
