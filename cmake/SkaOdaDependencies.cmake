# Finds the public and private dependencies of ska::oda. Every one of them
# is a Debian 12 package installed by scripts/install-deps; nothing is
# downloaded at configure or build time.

find_package(PkgConfig REQUIRED)

# libpqxx 6.4 ships no CMake package configuration, only pkg-config data.
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx>=6.4)
# The migration runner calls libpq directly to parse connection strings, and
# libpqxx's pkg-config data does not list libpq.
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)

# SHA-256 checksums of migration scripts come from OpenSSL's libcrypto.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)

find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(Threads REQUIRED)
