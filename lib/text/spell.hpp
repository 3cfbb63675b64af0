// "Did you mean" suggestions for unknown names.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace efc::text {

// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates);

// ", did you mean 'x'?" or "" when nothing is close; ready to append to a message.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

}  // namespace efc::text
