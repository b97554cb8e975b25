#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <ska/oda/export.hpp>
#include <ska/oda/model/coordinates.hpp>
#include <ska/oda/model/field.hpp>

namespace ska::oda::model {

/// One tied-array beam and the position it points at.
struct SKA_ODA_EXPORT Beam {
  Field<std::int64_t> beam_id;
  Field<std::string> beam_name;
  Field<ReferenceCoordinate> beam_coordinate;
  Field<std::vector<double>> stn_weights;

  SKA_ODA_MODEL_OBJECT(Beam);
};

/// The pulsar-timing, pulsar-search and VLBI beams formed for a target.
struct SKA_ODA_EXPORT TiedArrayBeams {
  Field<std::vector<Beam>> pst_beams;
  Field<std::vector<Beam>> pss_beams;
  Field<std::vector<Beam>> vlbi_beams;

  SKA_ODA_MODEL_OBJECT(TiedArrayBeams);
};

}  // namespace ska::oda::model
