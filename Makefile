# Two commands do everything on a fresh machine:
#   make run    builds efc alone and shows what it does on the worked example (examples/)
#   make test   builds everything and runs every test
# Both first install the missing Debian packages when run as root. These are developer
# builds: warnings are errors (WERROR=OFF to relax; a packager's plain cmake build has them
# off). Ninja and ccache are used when installed (docs/development.md).

BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
WERROR     ?= ON
EFC        := $(BUILD)/efc

# The generator is chosen when $(BUILD) is first configured; ccache when it is installed.
GENERATOR_FLAG := $(if $(shell command -v ninja 2>/dev/null),-G Ninja,)
LAUNCHER_FLAG  := $(if $(shell command -v ccache 2>/dev/null),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache,)

BUILD_DEPS := cmake make g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libkainjow-mustache-dev libutf8proc-dev gettext
TEST_DEPS  := python3 python3-icalendar python3-jsonschema python3-yaml pandoc zsh fish shellcheck lintian mandoc reuse \
              chromium python3-html5lib poppler-utils python3-docx locales

.PHONY: all configure build run test deps test-deps test-asan fuzz install package clean

all: build

deps:
	@scripts/ensure-packages $(BUILD_DEPS)

test-deps:
	@scripts/ensure-packages $(BUILD_DEPS) $(TEST_DEPS)

# Configures $(BUILD) the first time, and again when WERROR differs from its cache.
configure:
	@if [ ! -f $(BUILD)/CMakeCache.txt ]; then \
	  echo cmake -S . -B $(BUILD) $(GENERATOR_FLAG) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(LAUNCHER_FLAG) -DEFC_WERROR=$(WERROR); \
	  cmake -S . -B $(BUILD) $(GENERATOR_FLAG) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(LAUNCHER_FLAG) -DEFC_WERROR=$(WERROR); \
	elif ! grep -qx 'EFC_WERROR:BOOL=$(WERROR)' $(BUILD)/CMakeCache.txt; then \
	  cmake -S . -B $(BUILD) -DEFC_WERROR=$(WERROR); \
	fi

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

# What efc does, on the worked example: a portfolio of three dossiers, one per client, and the
# hospital's dossier in detail. efc alone is built (not the tests).
run: deps configure
	cmake --build $(BUILD) -j $(JOBS) --target efc
	$(EFC) portfolio status examples/*/
	$(EFC) -C examples/hopital-valmont validate
	@echo "(no output, exit 0: the hospital's dossier has no error and no warning)"
	$(EFC) -C examples/hopital-valmont status
	$(EFC) -C examples/hopital-valmont bilan render chefs-de-service | head -n 30
	@echo "... (the whole bilan: $(EFC) -C examples/hopital-valmont bilan render chefs-de-service)"

# Rebuilds what changed, then runs every test. Tests that cannot run here (the yaml-test-suite
# corpus is not in ../shared/corpus) are reported as skipped, with the reason printed below.
test: test-deps configure
	cmake --build $(BUILD) -j $(JOBS)
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS); rc=$$?; \
	  awk '/^efc-test-skipped:/ { n = 3 } n-- > 0 && !seen[$$0]++' $(BUILD)/Testing/Temporary/LastTest.log 2>/dev/null; \
	  exit $$rc

test-asan: test-deps
	cmake -S . -B $(BUILD)-asan $(GENERATOR_FLAG) -DCMAKE_BUILD_TYPE=Debug $(LAUNCHER_FLAG) -DEFC_WERROR=$(WERROR) -DEFC_SANITIZE=ON
	cmake --build $(BUILD)-asan -j $(JOBS)
	ctest --test-dir $(BUILD)-asan --output-on-failure -j $(JOBS)

# libFuzzer targets (clang), each run FUZZ_SECONDS, seeded with examples/ and the corpus.
FUZZ_SECONDS ?= 60
fuzz: deps
	@scripts/ensure-packages clang libclang-rt-14-dev
	cmake -S . -B $(BUILD)-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DEFC_FUZZ=ON -DEFC_WERROR=OFF -DEFC_STATIC=OFF -DBUILD_TESTING=OFF
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target efc_fuzz_check efc_fuzz_yaml efc_fuzz_view
	fuzz/run.sh $(BUILD)-fuzz $(FUZZ_SECONDS)

# The binary, efc(1) and the bash/zsh/fish completions under PREFIX.
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX) --strip

# The Debian package (CPack): $(BUILD)/efc_VERSION_ARCH.deb
package: build
	cmake --build $(BUILD) --target package

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-fuzz
