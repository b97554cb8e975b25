#pragma once

#include <string_view>

#include <ska/oda/export.hpp>
#include <ska/oda/version.hpp>

namespace ska::oda {

/// Returns the version of the ska::oda library linked at run time, which can
/// differ from header_version when a shared library was upgraded alone.
SKA_ODA_EXPORT std::string_view library_version() noexcept;

}  // namespace ska::oda
