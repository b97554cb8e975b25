# Install rules: the library, its headers, the exported CMake package,
# pkg-config data and the sql/ scripts.

include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SKA_ODA_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/ska-db-oda")
set(SKA_ODA_SQL_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/ska-db-oda/sql")

install(TARGETS ska_oda
  EXPORT ska-db-oda-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/ska"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES
  "${PROJECT_BINARY_DIR}/include/ska/oda/export.hpp"
  "${PROJECT_BINARY_DIR}/include/ska/oda/version.hpp"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/ska/oda")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/sql/"
  DESTINATION ${SKA_ODA_SQL_INSTALL_DIR}
  FILES_MATCHING PATTERN "*.sql")
install(PROGRAMS "${PROJECT_SOURCE_DIR}/sql/migrate.sh"
  DESTINATION ${SKA_ODA_SQL_INSTALL_DIR}
  OPTIONAL)

install(EXPORT ska-db-oda-targets
  NAMESPACE ska::
  FILE ska-db-oda-targets.cmake
  DESTINATION ${SKA_ODA_CMAKE_DIR})

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/ska-db-oda-config.cmake.in"
  "${PROJECT_BINARY_DIR}/ska-db-oda-config.cmake"
  INSTALL_DESTINATION ${SKA_ODA_CMAKE_DIR}
  PATH_VARS SKA_ODA_SQL_INSTALL_DIR)

write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/ska-db-oda-config-version.cmake"
  COMPATIBILITY SameMinorVersion)

install(FILES
  "${PROJECT_BINARY_DIR}/ska-db-oda-config.cmake"
  "${PROJECT_BINARY_DIR}/ska-db-oda-config-version.cmake"
  DESTINATION ${SKA_ODA_CMAKE_DIR})

configure_file("${PROJECT_SOURCE_DIR}/cmake/ska-db-oda.pc.in"
  "${PROJECT_BINARY_DIR}/ska-db-oda.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/ska-db-oda.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
