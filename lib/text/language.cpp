#include "text/language.hpp"

#include <array>

#include <fmt/format.h>

namespace efc::text {
namespace {

bool english(std::string_view lang) { return lang == "en"; }

// Titles that take the definite article in a French sentence ("le Dr", "le Pr", "le Père").
constexpr std::array<std::string_view, 7> kTitlesWithArticle = {"Dr ",  "Dr. ",   "Docteur ",   "Pr ",
                                                                "Pr. ", "Prof. ", "Professeur "};

}  // namespace

bool has_title_with_article(std::string_view name) {
  for (std::string_view title : kTitlesWithArticle) {
    if (name.substr(0, title.size()) == title) return true;
  }
  return false;
}

namespace {

// Minutes since midnight of "HH:MM", or -1.
int minutes_of(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return -1;
  for (std::size_t i : {0U, 1U, 3U, 4U}) {
    if (hhmm[i] < '0' || hhmm[i] > '9') return -1;
  }
  const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  return h < 24 && m < 60 ? h * 60 + m : -1;
}

}  // namespace

bool takes_plural(std::string_view lang, long long n) { return english(lang) ? n != 1 : n > 1; }

std::string_view agree(std::string_view lang, long long n, std::string_view one, std::string_view many) {
  return takes_plural(lang, n) ? many : one;
}

std::string count_of(std::string_view lang, long long n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, agree(lang, n, one, many));
}

std::string join_words(std::string_view lang, const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? (english(lang) ? " and " : " et ") : ", ";
    out += words[i];
  }
  return out;
}

std::string time_of_day(std::string_view lang, std::string_view hhmm) {
  const int total = minutes_of(hhmm);
  if (total < 0 || english(lang)) return std::string(hhmm);
  if (total % 60 == 0) return fmt::format("{} h", total / 60);
  return fmt::format("{} h {:02}", total / 60, total % 60);
}

std::string time_span(std::string_view lang, std::string_view from, std::string_view to) {
  if (english(lang)) return fmt::format("from {} to {}", time_of_day(lang, from), time_of_day(lang, to));
  return fmt::format("de {} à {}", time_of_day(lang, from), time_of_day(lang, to));
}

std::string duration(std::string_view lang, long long minutes) {
  if (minutes < 60) return fmt::format("{} min", minutes);
  if (minutes % 60 == 0) return fmt::format("{} h", minutes / 60);
  return fmt::format(fmt::runtime(english(lang) ? "{} h {:02} min" : "{} h {:02}"), minutes / 60, minutes % 60);
}

std::string named(std::string_view lang, std::string_view name) {
  if (!english(lang) && has_title_with_article(name)) return "le " + std::string(name);
  return std::string(name);
}

std::string by_whom(std::string_view lang, const std::vector<std::string>& names) {
  std::vector<std::string> shown;
  shown.reserve(names.size());
  for (const auto& n : names) shown.push_back(named(lang, n));
  return (english(lang) ? "by " : "par ") + join_words(lang, shown);
}

}  // namespace efc::text
