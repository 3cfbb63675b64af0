# Two commands do everything on a fresh machine:
#   make run    builds efc and runs it on the worked example (examples/)
#   make test   builds and runs every test
# Both first install the missing Debian packages when run as root.

BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
EFC        := $(BUILD)/efc

BUILD_DEPS := cmake make g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libkainjow-mustache-dev libutf8proc-dev
TEST_DEPS  := python3 python3-icalendar python3-jsonschema pandoc zsh fish

.PHONY: all build run test deps test-deps test-asan fuzz install package clean

all: build

deps:
	@scripts/ensure-packages $(BUILD_DEPS)

test-deps:
	@scripts/ensure-packages $(BUILD_DEPS) $(TEST_DEPS)

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The main job: check the worked example dossier.
run: build
	$(EFC) -C examples validate
	@echo "examples/: no error, no warning"

test: test-deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

test-asan: test-deps
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DEFC_SANITIZE=ON
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
