#include "queue/workdays.hpp"

#include <algorithm>
#include <chrono>
#include <string_view>

#include "calendar/calendar.hpp"

namespace efc::queue {
namespace {

const Day kFirstDay = calendar::days_from_civil({1, 1, 1});
const Day kLastDay = calendar::days_from_civil({9999, 12, 31});

bool has_key(const model::KeyPositions& keys, std::string_view key) {
  return std::any_of(keys.entries.begin(), keys.entries.end(), [&](const auto& e) { return e.first == key; });
}

}  // namespace

Day day_of(const model::Date& d) { return calendar::days_from_civil(d); }

std::optional<model::Date> date_of(Day day) {
  if (day < kFirstDay || day > kLastDay) return std::nullopt;
  return calendar::civil_from_days(day);
}

// 0 for Monday to 6 for Sunday.
int weekday(Day day) {
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{std::chrono::days{day}}}.iso_encoding()) - 1;
}

WorkCalendar::WorkCalendar(std::array<bool, 7> weekly, const std::vector<Day>& days_off) : weekly_(weekly) {
  per_week_ = static_cast<int>(std::count(weekly_.begin(), weekly_.end(), true));
  for (Day d : days_off) {
    if (weekly_[static_cast<std::size_t>(weekday(d))]) days_off_.push_back(d);
  }
  std::sort(days_off_.begin(), days_off_.end());
  days_off_.erase(std::unique(days_off_.begin(), days_off_.end()), days_off_.end());
}

WorkCalendar WorkCalendar::weekdays() { return WorkCalendar({true, true, true, true, true, false, false}, {}); }

WorkCalendar WorkCalendar::of(const model::QueueFile& queue) {
  static constexpr std::array<std::string_view, 7> kNames = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::array<bool, 7> weekly{true, true, true, true, true, false, false};
  if (has_key(queue.keys, "working_days")) {
    weekly.fill(false);
    for (const auto& name : queue.working_days) {
      const auto it = name ? std::find(kNames.begin(), kNames.end(), *name) : kNames.end();
      if (it != kNames.end()) weekly[static_cast<std::size_t>(it - kNames.begin())] = true;
    }
  }
  std::vector<Day> off;
  for (const auto& h : queue.holidays) {
    if (h) off.push_back(day_of(*h));
  }
  return WorkCalendar(weekly, off);
}

bool WorkCalendar::is_working_day(Day day) const {
  return weekly_[static_cast<std::size_t>(weekday(day))] && !std::binary_search(days_off_.begin(), days_off_.end(), day);
}

Day WorkCalendar::next_working_day(Day day) const {
  while (!is_working_day(day)) ++day;  // ends: some weekday is worked and days off are finite
  return day;
}

long long WorkCalendar::weekly_count(Day from, Day to) const {
  if (to <= from) return 0;
  const long long weeks = (to - from) / 7;
  long long count = weeks * per_week_;
  for (Day d = from + weeks * 7; d < to; ++d) count += weekly_[static_cast<std::size_t>(weekday(d))] ? 1 : 0;
  return count;
}

long long WorkCalendar::days_off_in(Day from, Day to) const {
  const auto lo = std::lower_bound(days_off_.begin(), days_off_.end(), from);
  const auto hi = std::lower_bound(days_off_.begin(), days_off_.end(), to);
  return hi - lo;
}

Day WorkCalendar::nth_working_day(Day first, long long n) const {
  if (n < 1) return first;
  // Count weekly working days first, then push the end further by the days off it crossed.
  Day from = first;
  long long needed = n;
  for (;;) {
    const long long weeks = (needed - 1) / per_week_;
    Day end = from + weeks * 7;
    long long left = needed - weeks * per_week_;  // 1..per_week_, found within the next 7 days
    for (;; ++end) {
      if (weekly_[static_cast<std::size_t>(weekday(end))] && --left == 0) break;
    }
    const long long crossed = days_off_in(from, end + 1);
    if (crossed == 0) return end;
    from = end + 1;
    needed = crossed;
  }
}

long long WorkCalendar::working_days_between(Day from, Day to) const {
  if (to < from) return -working_days_between(to, from);
  return weekly_count(from + 1, to + 1) - days_off_in(from + 1, to + 1);
}

}  // namespace efc::queue
