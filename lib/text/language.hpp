// How each language of the documents counts, lists, dates and names: the few rules that turn
// values into sentences a native reader would write. Languages are "fr" (the default) and "en".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace efc::text {

// Whether `n` takes the plural, by gettext's plural forms: French "plural=(n > 1)" (0 and 1
// are singular), English "plural=(n != 1)".
bool takes_plural(std::string_view lang, long long n);
// "1 séance", "0 séance", "3 séances"; "1 session", "0 sessions".
std::string count_of(std::string_view lang, long long n, std::string_view one, std::string_view many);
// `one` or `many`, agreeing with `n` (for the words after a count written elsewhere).
std::string_view agree(std::string_view lang, long long n, std::string_view one, std::string_view many);

// "A", "A et B", "A, B et C" ("and" in English, no serial comma).
std::string join_words(std::string_view lang, const std::vector<std::string>& words);

// A time of day from "HH:MM": French "14 h", "14 h 10", "9 h 05"; English "14:10". Returns
// `hhmm` unchanged when it is not a time.
std::string time_of_day(std::string_view lang, std::string_view hhmm);
// "de 14 h à 16 h" / "from 14:00 to 16:00".
std::string time_span(std::string_view lang, std::string_view from, std::string_view to);
// A duration in minutes: "45 min", "2 h", "1 h 30" (French), "1 h 30 min" (English).
std::string duration(std::string_view lang, long long minutes);

// Whether `name` starts with a title that takes the article in French ("Dr", "Pr").
bool has_title_with_article(std::string_view name);
// A person's name where a sentence names them, with the article a title takes in French:
// "le Dr Yves Moreau", "le Pr Anne Roy", but "Mme Nathalie Garnier", "Nathalie Garnier".
std::string named(std::string_view lang, std::string_view name);
// "par le Dr Yves Moreau", "par Nathalie Garnier" / "by ...".
std::string by_whom(std::string_view lang, const std::vector<std::string>& names);

}  // namespace efc::text
