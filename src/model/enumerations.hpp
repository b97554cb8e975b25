#pragma once

// Enumerations of the current model that more than one type uses.

#include <array>
#include <string_view>

namespace ska::oda::model::detail {

inline constexpr std::array<std::string_view, 3> telescope_types{"ska_mid", "ska_low", "MeerKAT"};

}  // namespace ska::oda::model::detail
