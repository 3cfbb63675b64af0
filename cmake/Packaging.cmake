# Install rules and the Debian package (make package): the binary, efc(1), and the bash,
# zsh and fish completions, all generated at build time by the efc just built.
include(GNUInstallDirs)

set(EFC_BASH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
    CACHE STRING "Where bash-completion looks for completions (relative to the prefix)")
set(EFC_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "A folder of zsh's fpath (Debian: vendor-completions; elsewhere often site-functions)")
set(EFC_FISH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d"
    CACHE STRING "Where fish looks for completions of installed programs")

set(EFC_SHARE_DIR ${PROJECT_BINARY_DIR}/share)
set(EFC_SHARE_FILES ${EFC_SHARE_DIR}/efc.1 ${EFC_SHARE_DIR}/efc.bash ${EFC_SHARE_DIR}/_efc ${EFC_SHARE_DIR}/efc.fish)
add_custom_command(OUTPUT ${EFC_SHARE_FILES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${EFC_SHARE_DIR}
  COMMAND ${CMAKE_COMMAND} -DEFC=$<TARGET_FILE:efc> -DOUT=${EFC_SHARE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/GenerateShareFiles.cmake
  DEPENDS efc ${PROJECT_SOURCE_DIR}/cmake/GenerateShareFiles.cmake
  COMMENT "Generating efc.1 and the completion scripts from efc's own help")
add_custom_target(efc_share ALL DEPENDS ${EFC_SHARE_FILES})

install(TARGETS efc RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${EFC_SHARE_DIR}/efc.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${EFC_SHARE_DIR}/efc.bash DESTINATION ${EFC_BASH_COMPLETION_DIR} RENAME efc)
install(FILES ${EFC_SHARE_DIR}/_efc DESTINATION ${EFC_ZSH_COMPLETION_DIR})
install(FILES ${EFC_SHARE_DIR}/efc.fish DESTINATION ${EFC_FISH_COMPLETION_DIR})
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")

set(EFC_PACKAGE_CONTACT "efc maintainers <maintainers@users.noreply.r-seed-cd111a91.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME efc)
set(CPACK_PACKAGE_CONTACT "${EFC_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run cooperation programmes (REX sessions, joint arbitrations) from YAML dossiers")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
 efc checks dossiers of YAML files against their format and the rules of
 cooperation, scaffolds sessions and arbitrations, and renders agendas, bilans
 and reports that never leak what a group said to a shared audience.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# The shared libraries efc links: computed by dpkg-shlibdeps when present, else stated by hand
# for Debian 12. A static efc (EFC_STATIC, the default) depends on no library.
find_program(EFC_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(EFC_STATIC)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "")
elseif(EFC_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6 (>= 2.34), libstdc++6 (>= 12), libgcc-s1, libyaml-cpp0.7")
endif()
include(CPack)
