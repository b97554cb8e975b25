# Compiler settings shared by the library, the tools and the tests, through
# the interface target ska_oda_compile_options. It is never installed.

add_library(ska_oda_compile_options INTERFACE)

target_compile_options(ska_oda_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
  # Designated initializers leave members with default values out on
  # purpose; g++ 12 warns about every one of them.
  -Wno-missing-field-initializers)

if(SKA_ODA_WARNINGS_AS_ERRORS)
  target_compile_options(ska_oda_compile_options INTERFACE -Werror)
endif()

if(SKA_ODA_SANITIZE)
  target_compile_options(ska_oda_compile_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(ska_oda_compile_options INTERFACE
    -fsanitize=address,undefined)
endif()
