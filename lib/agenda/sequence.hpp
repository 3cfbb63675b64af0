// The timed sequence of a session: slots whose minutes add up exactly to its length.
#pragma once

#include <string_view>
#include <vector>

namespace efc::agenda {

enum class SlotKind {
  Welcome,       // welcome, round of the table, the frame recalled
  FollowUp,      // news of open experiments and of questions raised earlier
  Story,         // one lived story: told, questioned, put in perspective
  Closing,       // what goes up to management, next date
  Review,        // bilan: what the series produced
  Lessons,       // bilan: lessons drawn
  Perspectives,  // bilan: perspectives
  NextSteps,     // bilan: next steps and who receives the bilan
  Break,         // a pause in a long session
};

// Sessions longer than this many minutes get a break, of the device's break_minutes.
inline constexpr long long kBreakAbove = 120;
// The break when the device does not say.
inline constexpr long long kDefaultBreakMinutes = 15;

struct Slot {
  SlotKind kind;
  int story = 0;             // Story: 1, 2...
  long long offset = 0;      // minutes from the start of the session
  long long minutes = 0;     // never 0: empty slots are left out
};

// A regular session of `total` minutes: welcome, follow-up (when `follow_up`), `stories`
// story slots, closing. Durations are multiples of 5 minutes when `total` allows it. A break
// of `pause` minutes (0: none) goes at the boundary between slots nearest the middle, when at
// least 30 minutes remain for the rest.
std::vector<Slot> regular_sequence(long long total, int stories, bool follow_up, long long pause = 0);

// The bilan session: welcome, review, lessons, perspectives, next steps, closing; a break as above.
std::vector<Slot> bilan_sequence(long long total, long long pause = 0);

// A fixed name for templates and JSON: "welcome", "follow_up", "story"...
std::string_view slot_key(SlotKind kind);

}  // namespace efc::agenda
