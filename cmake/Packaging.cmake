# Install rules and the Debian package (make package): the binary, efc(1), and the bash,
# zsh and fish completions, all generated at build time by the efc just built.
include(GNUInstallDirs)

set(EFC_BASH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
    CACHE STRING "Where bash-completion looks for completions (relative to the prefix)")
set(EFC_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "A folder of zsh's fpath (Debian: vendor-completions; elsewhere often site-functions)")
set(EFC_FISH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d"
    CACHE STRING "Where fish looks for completions of installed programs")

set(EFC_PACKAGE_CONTACT "efc maintainers <maintainers@users.noreply.r-seed-cd111a91.example>"
    CACHE STRING "Maintainer field of the Debian package (and of its changelog)")

set(EFC_SHARE_DIR ${PROJECT_BINARY_DIR}/share)
set(EFC_SHARE_FILES ${EFC_SHARE_DIR}/efc.1 ${EFC_SHARE_DIR}/efc.bash ${EFC_SHARE_DIR}/_efc ${EFC_SHARE_DIR}/efc.fish)
add_custom_command(OUTPUT ${EFC_SHARE_FILES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${EFC_SHARE_DIR}
  COMMAND ${CMAKE_COMMAND} -DEFC=$<TARGET_FILE:efc> -DOUT=${EFC_SHARE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/GenerateShareFiles.cmake
  DEPENDS efc ${PROJECT_SOURCE_DIR}/cmake/GenerateShareFiles.cmake
  COMMENT "Generating efc.1 and the completion scripts from efc's own help")
# Installed compressed as Debian wants them: gzip -9n (no name, no date in the header), so
# that two builds give the same bytes.
# The release date of cli/version.hpp dates the changelog and, by default, the files of the .deb.
file(STRINGS cli/version.hpp EFC_RELEASE_DATE REGEX "kReleaseDate = ")
string(REGEX REPLACE ".*\"([0-9-]+)\".*" "\\1" EFC_RELEASE_DATE "${EFC_RELEASE_DATE}")
execute_process(COMMAND env LC_ALL=C date -u -d ${EFC_RELEASE_DATE} "+%a, %d %b %Y %H:%M:%S +0000"
                OUTPUT_VARIABLE EFC_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND date -u -d ${EFC_RELEASE_DATE} +%s
                OUTPUT_VARIABLE EFC_RELEASE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file(packaging/changelog.in ${EFC_SHARE_DIR}/changelog @ONLY)
find_program(EFC_GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${EFC_SHARE_DIR}/efc.1.gz ${EFC_SHARE_DIR}/changelog.gz
  COMMAND ${EFC_GZIP} -9nc ${EFC_SHARE_DIR}/efc.1 > ${EFC_SHARE_DIR}/efc.1.gz
  COMMAND ${EFC_GZIP} -9nc ${EFC_SHARE_DIR}/changelog > ${EFC_SHARE_DIR}/changelog.gz
  DEPENDS ${EFC_SHARE_DIR}/efc.1 ${EFC_SHARE_DIR}/changelog
  COMMENT "Compressing efc.1 and the changelog")
add_custom_target(efc_share ALL DEPENDS ${EFC_SHARE_FILES} ${EFC_SHARE_DIR}/efc.1.gz ${EFC_SHARE_DIR}/changelog.gz)

install(TARGETS efc RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${EFC_SHARE_DIR}/efc.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${EFC_SHARE_DIR}/efc.bash DESTINATION ${EFC_BASH_COMPLETION_DIR} RENAME efc)
install(FILES ${EFC_SHARE_DIR}/_efc DESTINATION ${EFC_ZSH_COMPLETION_DIR})
install(FILES ${EFC_SHARE_DIR}/efc.fish DESTINATION ${EFC_FISH_COMPLETION_DIR})
# The licence of efc and of every library linked into it (Debian's machine-readable format),
# and the changelog a native Debian package carries.
install(FILES packaging/copyright ${EFC_SHARE_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME efc)
set(CPACK_PACKAGE_CONTACT "${EFC_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run cooperation programmes from YAML dossiers")
# The extended description only (CPack puts the summary above it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "efc checks dossiers of YAML files against their format and the rules of
cooperation, scaffolds REX sessions and joint arbitrations, and renders
agendas, bilans and reports that never leak what a group said to a shared
audience.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Folders of the package 0755, whatever the umask of the build.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)
# The shared libraries efc loads (glibc only, by default): computed by dpkg-shlibdeps when
# present, else stated by hand for Debian 12.
find_program(EFC_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(EFC_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
elseif(EFC_STATIC)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6 (>= 2.34)")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6 (>= 2.34), libstdc++6 (>= 12), libgcc-s1, libyaml-cpp0.7, libutf8proc2")
endif()
# Reproducible: every file and folder of the .deb is dated SOURCE_DATE_EPOCH, the release
# date when it is not set (packaging/cpack-options.cmake.in), so two builds give the same bytes.
configure_file(packaging/cpack-options.cmake.in ${PROJECT_BINARY_DIR}/CPackOptions.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackOptions.cmake)
include(CPack)
