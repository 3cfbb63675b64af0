// diag::Result, diag::Status and EFC_TRY: a value or the Failure that says why not.
#include <doctest/doctest.h>

#include <string>

#include "diag/result.hpp"

using efc::diag::Failure;
using efc::diag::Result;
using efc::diag::Status;

namespace {

Result<int> parse_digit(char c) {
  if (c < '0' || c > '9') return efc::diag::refused(std::string("not a digit: ") + c);
  return c - '0';
}

Result<int> sum_of_two(const char* s) {
  EFC_TRY_ASSIGN(const int a, parse_digit(s[0]));
  EFC_TRY_ASSIGN(const int b, parse_digit(s[1]));
  return a + b;
}

Status both_digits(const char* s) {
  EFC_TRY(parse_digit(s[0]));
  EFC_TRY(parse_digit(s[1]));
  return {};
}

}  // namespace

TEST_CASE("result: a value, or a failure with its exit code and message") {
  const auto ok = parse_digit('7');
  REQUIRE(ok);
  CHECK(*ok == 7);
  const auto bad = parse_digit('x');
  REQUIRE_FALSE(bad);
  CHECK(bad.failure().exit == 3);
  CHECK(bad.failure().message == "not a digit: x");
  const Result<std::string> usage = Failure{2, "--date needs a value"};
  CHECK(usage.failure().exit == 2);
}

TEST_CASE("EFC_TRY and EFC_TRY_ASSIGN return the first failure, or go on with the value") {
  CHECK(*sum_of_two("34") == 7);
  CHECK(sum_of_two("3y").failure().message == "not a digit: y");
  CHECK(sum_of_two("xy").failure().message == "not a digit: x");
  CHECK(both_digits("12").ok());
  CHECK(both_digits("1z").failure().message == "not a digit: z");
}
