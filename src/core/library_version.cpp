#include <ska/oda/library_version.hpp>

namespace ska::oda {

std::string_view library_version() noexcept { return SKA_ODA_VERSION_STRING; }

}  // namespace ska::oda
