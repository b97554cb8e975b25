#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/field.hpp>
#include <ska/oda/model/quantity.hpp>

namespace ska::oda::model {

struct SKA_ODA_EXPORT SubarrayConfiguration {
  Field<std::string> subarray_name;
  SKA_ODA_MODEL_OBJECT(SubarrayConfiguration);
};

struct SKA_ODA_EXPORT CommonConfiguration {
  Field<std::int64_t> subarray_id;
  Field<std::vector<double>> band_5_tuning;
  SKA_ODA_MODEL_OBJECT(CommonConfiguration);
};

/// A MID correlator spectral window. Frequencies are in Hz.
struct SKA_ODA_EXPORT CorrelationSpwConfiguration {
  Field<std::int64_t> spw_id;
  Field<std::vector<std::int64_t>> logical_fsp_ids;
  Field<std::vector<std::string>> receptors;
  Field<std::int64_t> zoom_factor;
  Field<double> centre_frequency;
  Field<std::int64_t> number_of_channels;
  Field<std::int64_t> channel_averaging_factor;
  Field<std::int64_t> time_integration_factor;
  SKA_ODA_MODEL_OBJECT(CorrelationSpwConfiguration);
};

/// A MID pulsar-timing spectral window. Frequencies are in Hz.
struct SKA_ODA_EXPORT PstSpwConfiguration {
  Field<std::int64_t> spw_id;
  Field<std::vector<std::int64_t>> logical_fsp_ids;
  Field<std::vector<std::string>> receptors;
  Field<double> centre_frequency;
  Field<std::int64_t> number_of_channels;
  SKA_ODA_MODEL_OBJECT(PstSpwConfiguration);
};

struct SKA_ODA_EXPORT Subband {
  Field<double> band_5_tuning;
  Field<Quantity> frequency_slice_offset;
  Field<std::vector<CorrelationSpwConfiguration>> correlation_spws;
  Field<std::vector<PstSpwConfiguration>> pst_spws;
  SKA_ODA_MODEL_OBJECT(Subband);
};

/// SPFRx settings of the MID correlator.
// NOTE: typed from PDM 28 documents; the PDM 22 schema has no such member.
struct SKA_ODA_EXPORT MidCbfSpfrx {
  Field<bool> sync_pps;
  Field<double> saturation_threshold;
  SKA_ODA_MODEL_OBJECT(MidCbfSpfrx);
};

struct SKA_ODA_EXPORT MidCbfConfiguration {
  Field<std::string> frequency_band;
  Field<std::vector<Subband>> subbands;
  Field<std::int64_t> band5b_subband;
  Field<MidCbfSpfrx> spfrx;
  SKA_ODA_MODEL_OBJECT(MidCbfConfiguration);
};

/// A LOW correlator spectral window. Frequencies are in Hz.
struct SKA_ODA_EXPORT LowCorrelationSpw {
  Field<std::int64_t> spw_id;
  Field<std::vector<std::int64_t>> logical_fsp_ids;
  Field<std::int64_t> zoom_factor;
  Field<double> centre_frequency;
  Field<std::int64_t> number_of_channels;
  Field<double> integration_time_ms;
  SKA_ODA_MODEL_OBJECT(LowCorrelationSpw);
};

struct SKA_ODA_EXPORT LowCbfConfiguration {
  Field<bool> do_pst;
  Field<std::vector<LowCorrelationSpw>> correlation_spws;
  SKA_ODA_MODEL_OBJECT(LowCbfConfiguration);
};

/// Central signal processor settings that scans refer to by `config_id`.
// TODO: the `cbf` member of PDM 17 and older (FSP lists) is kept as unknown
// JSON, not typed.
struct SKA_ODA_EXPORT CspConfiguration {
  Field<std::string> config_id;
  Field<std::string> name;
  Field<SubarrayConfiguration> subarray;
  Field<CommonConfiguration> common;
  Field<MidCbfConfiguration> midcbf;
  Field<LowCbfConfiguration> lowcbf;
  /// PST and PSS settings, empty objects in the current model.
  Field<Json> pst;
  Field<Json> pss;
  SKA_ODA_MODEL_OBJECT(CspConfiguration);
};

}  // namespace ska::oda::model
