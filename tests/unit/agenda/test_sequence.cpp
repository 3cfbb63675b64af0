#include <doctest/doctest.h>

#include <numeric>
#include <string>

#include "agenda/sequence.hpp"

using namespace efc;

namespace {

long long sum(const std::vector<agenda::Slot>& slots) {
  return std::accumulate(slots.begin(), slots.end(), 0LL, [](long long a, const agenda::Slot& s) { return a + s.minutes; });
}

std::string describe(const std::vector<agenda::Slot>& slots) {
  std::string out;
  for (const auto& s : slots) {
    out += std::string(agenda::slot_key(s.kind)) + (s.story ? std::to_string(s.story) : "") + "@" + std::to_string(s.offset) +
           "+" + std::to_string(s.minutes) + " ";
  }
  return out;
}

}  // namespace

TEST_CASE("a regular session of 120 minutes with two stories and follow-up, in 5-minute steps") {
  CHECK(describe(agenda::regular_sequence(120, 2, true)) ==
        "welcome@0+10 follow_up@10+15 story1@25+40 story2@65+40 closing@105+15 ");
  CHECK(describe(agenda::regular_sequence(120, 1, false)) == "welcome@0+20 story1@20+70 closing@90+30 ");
}

TEST_CASE("the bilan sequence covers what was produced, lessons, perspectives and next steps") {
  CHECK(describe(agenda::bilan_sequence(120)) ==
        "welcome@0+10 review@10+30 lessons@40+30 perspectives@70+20 next_steps@90+20 closing@110+10 ");
}

TEST_CASE("minutes always add up exactly to the session length, whatever the length") {
  for (long long total = 1; total <= 600; ++total) {
    for (int stories = 0; stories <= 4; ++stories) {
      const auto slots = agenda::regular_sequence(total, stories, stories % 2 == 0);
      REQUIRE(sum(slots) == total);
      for (const auto& s : slots) CHECK(s.minutes > 0);
    }
    REQUIRE(sum(agenda::bilan_sequence(total)) == total);
  }
  CHECK(sum(agenda::regular_sequence(999999999, 2, true)) == 999999999);
}

TEST_CASE("lengths that are not multiples of 5 are split by the minute, tiny ones drop slots rather than lie") {
  CHECK(describe(agenda::regular_sequence(91, 2, false)) == "welcome@0+10 story1@10+34 story2@44+33 closing@77+14 ");
  CHECK(describe(agenda::regular_sequence(3, 2, true)) == "follow_up@0+1 story1@1+1 story2@2+1 ");
}

TEST_CASE("a session of 150 minutes gets its break in the middle, between two slots (issue 14)") {
  CHECK(describe(agenda::regular_sequence(150, 2, true, 15)) ==
        "welcome@0+10 follow_up@10+20 story1@30+45 break@75+15 story2@90+40 closing@130+20 ");
  CHECK(describe(agenda::bilan_sequence(150, 15)) ==
        "welcome@0+15 review@15+30 lessons@45+30 break@75+15 perspectives@90+25 next_steps@115+25 closing@140+10 ");
  CHECK(describe(agenda::regular_sequence(150, 2, true, 0)) ==
        "welcome@0+15 follow_up@15+20 story1@35+50 story2@85+45 closing@130+20 ");
}

TEST_CASE("with a break, slots still follow each other and add up to the session length") {
  for (long long total = 1; total <= 400; ++total) {
    for (long long pause : {5LL, 15LL, 60LL}) {
      const auto slots = agenda::regular_sequence(total, 2, true, pause);
      REQUIRE(sum(slots) == total);
      long long offset = 0;
      for (const auto& s : slots) {
        CHECK(s.offset == offset);
        CHECK(s.minutes > 0);
        offset += s.minutes;
      }
      REQUIRE(sum(agenda::bilan_sequence(total, pause)) == total);
    }
  }
}
