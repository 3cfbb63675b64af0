# Warnings and sanitizers as INTERFACE targets, linked by efc's own targets only
# (never global flags: third-party headers keep their own settings).

add_library(efc_warnings INTERFACE)
target_compile_options(efc_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
option(EFC_WERROR "Treat warnings as errors (developer and CI builds: make test, .ci/run)" OFF)
if(EFC_WERROR)
  target_compile_options(efc_warnings INTERFACE -Werror)
endif()

add_library(efc_sanitizers INTERFACE)
option(EFC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(EFC_SANITIZE)
  target_compile_options(efc_sanitizers INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(efc_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (fuzz/, `make fuzz`): coverage instrumentation plus both sanitizers on efc's code.
option(EFC_FUZZ "Build the libFuzzer targets of fuzz/ (needs clang)" OFF)
if(EFC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "EFC_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(efc_sanitizers INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=all)
  target_link_options(efc_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Start-up cost matters (scripts call efc in loops): by default every library but glibc is
# linked into the efc binary (yaml-cpp, utf8proc, efc_fmt, libstdc++, libgcc), so the loader
# maps only libc and libm at start (docs/benchmarks.md). glibc stays shared: LGPL, and Debian
# discourages linking it statically. Sanitizer builds link everything dynamically.
option(EFC_STATIC "Link every library but glibc into the efc binary" ON)
if(EFC_SANITIZE)
  set(EFC_STATIC OFF)
endif()

# Unity batches: the heavy headers (CLI11, doctest, fmt, the standard library) are parsed once
# per batch of sources instead of once per source, which halves a fresh build on 2 cores
# (docs/development.md). EFC_UNITY=OFF compiles each source on its own, to check that each
# stands alone.
option(EFC_UNITY "Compile efc_core, efc_cli and the unit tests in unity batches" ON)
function(efc_unity_batches target size)
  if(EFC_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${size})
  endif()
endfunction()
