// Shared by both consumer projects: links ska::oda and calls into it.
#include <iostream>
#include <string_view>

#include <ska/oda/entity_kind.hpp>
#include <ska/oda/library_version.hpp>

int main() {
  const auto kind = ska::oda::parse_kind("SBDefinition");
  if (!kind || ska::oda::describe(*kind).table != "tab_oda_sbd") {
    std::cerr << "parse_kind returned the wrong kind\n";
    return 1;
  }
  if (ska::oda::library_version() != std::string_view(ska::oda::header_version)) {
    std::cerr << "library version " << ska::oda::library_version()
              << " differs from header version " << ska::oda::header_version << '\n';
    return 1;
  }
  std::cout << "ska::oda " << ska::oda::library_version() << " linked\n";
  return 0;
}
