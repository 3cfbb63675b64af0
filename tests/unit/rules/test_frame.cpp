// rules/rex.cpp, the frame of trust of cross-actor devices (format 1.1): stake-missing,
// trust-frame-missing, device-carried-by-one; none of them speaks for an internal device.
#include <doctest/doctest.h>

#include "support/mini_dossier.hpp"

using efc::testing::kDevicePath;
using efc::testing::MiniDossier;

namespace {

constexpr const char* kLastLine = "stories_per_session: [1, 2]\n";

// Device "dev" made cross-actor, with `frame` appended to its device.yaml (line 9 on).
MiniDossier cross_actor(const std::string& frame) {
  return MiniDossier()
      .replace(kDevicePath, "kind: internal", "kind: cross-actor")
      .replace(kDevicePath, kLastLine, kLastLine + frame);
}

constexpr const char* kStake = "initial_stake:\n  kind: friction\n  text: The mayor asked the association to sell less.\n";

}  // namespace

TEST_CASE("frame: a cross-actor device with a stake, volunteers and two carriers gets no finding") {
  CHECK(cross_actor(std::string(kStake) + "voluntary: true\ncarried_by: [org, cab]\n").check() == "");
}

TEST_CASE("stake-missing: a cross-actor device without initial_stake, pointed at its kind") {
  CHECK(cross_actor("carried_by: [org, cab]\n").check() ==
        "rex/dev/device.yaml:3:7: warning: a cross-actor device starts from a stake the parties share: write it in "
        "'initial_stake' (kind: ambition or friction, and its text) [stake-missing]\n");
}

TEST_CASE("stake-missing: not for an internal device, nor once for a misspelt key") {
  CHECK(MiniDossier().check() == "");
  CHECK(cross_actor("initial_stak:\n  kind: friction\n  text: A feud.\n").check() ==
        "rex/dev/device.yaml:9:1: error: unknown key 'initial_stak' in device, did you mean 'initial_stake'? [unknown-key]\n");
}

TEST_CASE("trust-frame-missing: not every participant volunteers and no trust_measures") {
  CHECK(cross_actor(std::string(kStake) + "voluntary: false\n").check() ==
        "rex/dev/device.yaml:12:12: warning: not every participant is a volunteer, and no 'trust_measures' say what the "
        "frame does while trust is not there yet: write them [trust-frame-missing]\n");
}

TEST_CASE("trust-frame-missing: silent with trust_measures, or when voluntary is true or not said") {
  CHECK(cross_actor(std::string(kStake) + "voluntary: false\ntrust_measures: [A neutral room.]\n").check() == "");
  CHECK(cross_actor(std::string(kStake) + "voluntary: true\n").check() == "");
  CHECK(cross_actor(kStake).check() == "");
}

TEST_CASE("device-carried-by-one: one organisation carries the device") {
  CHECK(cross_actor(std::string(kStake) + "carried_by: [org]\n").check() ==
        "rex/dev/device.yaml:12:14: warning: the device is carried by 'org' alone: how can it become common to the "
        "organisations taking part (shared funding, hosting in turn)? [device-carried-by-one]\n");
}

TEST_CASE("device-carried-by-one: an internal device carried by its organisation is fine") {
  const auto d = MiniDossier().replace(kDevicePath, kLastLine, std::string(kLastLine) + "carried_by: [org]\n");
  CHECK(d.check() == "");
}

TEST_CASE("frame: carried_by names organisations, voluntary is a boolean, the stake's kind a choice") {
  CHECK(cross_actor(std::string(kStake) + "carried_by: [org, ann]\n").check() ==
        "rex/dev/device.yaml:12:19: error: unknown organisation 'ann' [unknown-ref]\n");
  CHECK(cross_actor(std::string(kStake) + "voluntary: yes\n").check() ==
        "rex/dev/device.yaml:12:12: error: 'voluntary' must be true or false, found 'yes' [bad-value]\n");
  CHECK(cross_actor("initial_stake:\n  kind: anger\n  text: A feud.\n").check() ==
        "rex/dev/device.yaml:10:9: error: 'kind' must be one of ambition, friction, found 'anger' [bad-value]\n");
}
