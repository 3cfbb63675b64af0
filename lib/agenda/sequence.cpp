#include "agenda/sequence.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace efc::agenda {
namespace {

struct Weighted {
  Slot slot;
  long long weight;
};

// Splits `total` minutes by weight with the largest-remainder method, in units of 5 minutes
// when `total` is a multiple of 5 large enough for every slot to get one, else of 1 minute.
std::vector<Slot> allocate(long long total, std::vector<Weighted> parts) {
  const auto n = static_cast<long long>(parts.size());
  const long long unit = total % 5 == 0 && total / 5 >= n ? 5 : 1;
  const long long units = total / unit;
  const long long weights = std::accumulate(parts.begin(), parts.end(), 0LL, [](long long a, const Weighted& w) { return a + w.weight; });
  std::vector<long long> given(parts.size()), remainder(parts.size());
  long long left = units;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    given[i] = units * parts[i].weight / weights;
    remainder[i] = units * parts[i].weight % weights;
    left -= given[i];
  }
  std::vector<std::size_t> order(parts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t k = 0; left > 0; k = (k + 1) % order.size(), --left) ++given[order[k]];
  // Every slot gets at least one unit when there are enough: taken from the largest slot.
  for (std::size_t i = 0; i < parts.size() && units >= n; ++i) {
    if (given[i] > 0) continue;
    const auto largest = std::max_element(given.begin(), given.end());
    --*largest;
    ++given[i];
  }
  std::vector<Slot> slots;
  long long offset = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (given[i] == 0) continue;
    Slot s = parts[i].slot;
    s.offset = offset;
    s.minutes = given[i] * unit;
    offset += s.minutes;
    slots.push_back(s);
  }
  return slots;
}

// The slots of `parts` over `total` minutes, with a break of `pause` minutes at the boundary
// nearest the middle of the session (never first or last), when 30 minutes remain beside it.
std::vector<Slot> with_break(long long total, std::vector<Weighted> parts, long long pause) {
  total = std::max(total, 1LL);
  if (pause <= 0 || total - pause < 30) return allocate(total, std::move(parts));
  std::vector<Slot> slots = allocate(total - pause, std::move(parts));
  if (slots.size() < 2) return slots;
  const auto distance = [&](std::size_t k) { return std::llabs(2 * slots[k].offset - total); };  // to the middle
  std::size_t at = 1;  // the break goes before slots[at]
  for (std::size_t i = 2; i < slots.size(); ++i) {
    if (distance(i) < distance(at)) at = i;
  }
  Slot pause_slot{SlotKind::Break, 0, slots[at].offset, pause};
  for (std::size_t i = at; i < slots.size(); ++i) slots[i].offset += pause;
  slots.insert(slots.begin() + static_cast<std::ptrdiff_t>(at), pause_slot);
  return slots;
}

}  // namespace

std::vector<Slot> regular_sequence(long long total, int stories, bool follow_up, long long pause) {
  std::vector<Weighted> parts{{{SlotKind::Welcome}, 2}};
  if (follow_up) parts.push_back({{SlotKind::FollowUp}, 3});
  for (int i = 1; i <= std::max(stories, 1); ++i) parts.push_back({{SlotKind::Story, i}, 7});
  parts.push_back({{SlotKind::Closing}, 3});
  return with_break(total, std::move(parts), pause);
}

std::vector<Slot> bilan_sequence(long long total, long long pause) {
  return with_break(total,
                    {{{SlotKind::Welcome}, 2},
                     {{SlotKind::Review}, 5},
                     {{SlotKind::Lessons}, 5},
                     {{SlotKind::Perspectives}, 4},
                     {{SlotKind::NextSteps}, 4},
                     {{SlotKind::Closing}, 2}},
                    pause);
}

std::string_view slot_key(SlotKind kind) {
  switch (kind) {
    case SlotKind::Welcome: return "welcome";
    case SlotKind::FollowUp: return "follow_up";
    case SlotKind::Story: return "story";
    case SlotKind::Closing: return "closing";
    case SlotKind::Review: return "review";
    case SlotKind::Lessons: return "lessons";
    case SlotKind::Perspectives: return "perspectives";
    case SlotKind::NextSteps: return "next_steps";
    case SlotKind::Break: return "break";
  }
  return "slot";
}

}  // namespace efc::agenda
