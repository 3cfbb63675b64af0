// schema::json_schema: the patterns say what the loader's scalar checks say; the output is stable.
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include <fmt/format.h>

#include "format/scalars.hpp"
#include "schema/json_schema.hpp"

namespace schema = efc::schema;
namespace format = efc::format;

namespace {

bool matches(std::string_view pattern, const std::string& s) {
  return std::regex_search(s, std::regex(std::string(pattern), std::regex::ECMAScript));
}

}  // namespace

TEST_CASE("schema: the date pattern accepts exactly the real calendar days of the date range the loader accepts") {
  const std::regex date(std::string(schema::kDatePattern), std::regex::ECMAScript);
  int accepted = 0;
  for (const char* year : {"0000", "0001", "1899", "1900", "1999", "2000", "2024", "2025", "2100", "2400", "2999", "3000", "9999"}) {
    for (int month = 0; month <= 13; ++month) {
      for (int day = 0; day <= 32; ++day) {
        const std::string s = fmt::format("{}-{:02}-{:02}", year, month, day);
        CAPTURE(s);
        const auto d = format::parse_date(s);
        const bool real = d && format::in_date_range(*d);
        CHECK(std::regex_search(s, date) == real);
        accepted += real ? 1 : 0;
      }
    }
  }
  CHECK(accepted == 8 * 365 + 3);  // 1900 to 2999 only; 2000, 2024 and 2400 are leap years, 1900 and 2100 not
  for (const char* odd : {"2025-1-01", "2025-01-1", "25-01-01", "2025/01/01", "2025-01-01 ", " 2025-01-01", "20250101", ""}) {
    CAPTURE(odd);
    CHECK_FALSE(std::regex_search(std::string(odd), date));
    CHECK_FALSE(format::parse_date(odd).has_value());
  }
}

TEST_CASE("schema: the time pattern accepts exactly what format::is_valid_time accepts") {
  const std::regex time(std::string(schema::kTimePattern), std::regex::ECMAScript);
  int accepted = 0;
  for (int h = 0; h < 100; ++h) {
    for (int m = 0; m < 100; ++m) {
      const std::string s = fmt::format("{:02}:{:02}", h, m);
      CAPTURE(s);
      CHECK(std::regex_search(s, time) == format::is_valid_time(s));
      accepted += format::is_valid_time(s) ? 1 : 0;
    }
  }
  CHECK(accepted == 24 * 60);
  for (const char* odd : {"09:0", "0900", "09:00:00", "09h00", "24:00", ""}) {
    CAPTURE(odd);
    CHECK_FALSE(matches(schema::kTimePattern, odd));
    CHECK_FALSE(format::normalize_time(odd));
  }
  for (int h = 0; h < 10; ++h) {  // H:MM, which the loader reads as 0H:MM
    const std::string s = fmt::format("{}:30", h);
    CAPTURE(s);
    CHECK(matches(schema::kTimePattern, s));
    CHECK(format::normalize_time(s) == fmt::format("0{}:30", h));
  }
}

TEST_CASE("schema: the id pattern accepts exactly what format::is_valid_id accepts") {
  const std::string longest(64, 'a');
  for (const std::string& s : std::vector<std::string>{"a", "0", "chefs-de-service", "2025-007", "a-", "-a", "A", "a_b", "a b", "é", "", longest,
                              longest + "a"}) {
    CAPTURE(s);
    CHECK(matches(schema::kIdPattern, s) == format::is_valid_id(s));
  }
}

TEST_CASE("schema: one schema per kind, in the order of FORMAT.md, unknown kinds have none") {
  CHECK(schema::kind_names() == std::vector<std::string>{"dossier", "principles", "device", "session", "responses", "queue", "arbitration",
                                                            "exercise", "assessment"});
  CHECK_FALSE(schema::json_schema("sessions").has_value());
  CHECK(schema::schema_file_name("queue") == "queue.schema.json");
}

TEST_CASE("schema: the queue schema, whole: closed, enums, patterns, required keys, bounds, descriptions") {
  const std::string expected = R"json({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:efc:format-1:queue",
  "title": "efc queue file (format 1)",
  "description": "The work queue and the rule agreed for it.",
  "type": "object",
  "properties": {
    "rule": {
      "description": "The agreed order.",
      "type": "string",
      "enum": ["fifo"]
    },
    "performer": {
      "description": "Who does the queued work. Refers to a person id.",
      "type": ["string", "integer"],
      "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
      "minimum": 0
    },
    "working_days": {
      "description": "Days the performer works (default mon to fri).",
      "type": ["array", "null"],
      "items": {
        "type": "string",
        "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
      }
    },
    "holidays": {
      "description": "Extension: days off besides the weekly ones.",
      "type": ["array", "null"],
      "items": {
        "type": "string",
        "format": "date",
        "pattern": ")json" + std::string(schema::kDatePattern) + R"json("
      }
    },
    "requests": {
      "description": "Requests in queue order.",
      "type": ["array", "null"],
      "items": {
        "title": "queue request",
        "description": "A request waiting in the performer's queue.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique id of the request.",
            "type": ["string", "integer"],
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
            "minimum": 0
          },
          "client": {
            "description": "The client it is for.",
            "type": ["string", "number", "boolean"]
          },
          "entered": {
            "description": "When it entered the queue.",
            "type": "string",
            "format": "date",
            "pattern": ")json" + std::string(schema::kDatePattern) + R"json("
          },
          "requested_by": {
            "description": "Who put it in the queue. Refers to a person id.",
            "type": ["string", "integer"],
            "pattern": "^[a-z0-9][a-z0-9-]{0,63}$",
            "minimum": 0
          },
          "effort_days": {
            "description": "Days of the performer's work it takes.",
            "type": "integer",
            "minimum": 0,
            "maximum": 999999999
          },
          "promised": {
            "description": "Date promised to the client, if any.",
            "type": "string",
            "format": "date",
            "pattern": ")json" + std::string(schema::kDatePattern) + R"json("
          },
          "done": {
            "description": "Extension: the day the work was delivered; out of the queue after it.",
            "type": "string",
            "format": "date",
            "pattern": ")json" + std::string(schema::kDatePattern) + R"json("
          }
        },
        "required": ["id", "client", "entered"],
        "additionalProperties": false
      }
    }
  },
  "required": ["rule", "performer"],
  "additionalProperties": false
}
)json";
  CHECK(schema::json_schema("queue").value() == expected);
}

TEST_CASE("schema: group fields say so, bounded lists carry minItems and maxItems") {
  const std::string session = schema::json_schema("session").value();
  CHECK(session.find(R"("description": "Facilitators' notes (group). Visibility: group (never shown to a shared audience).")") !=
        std::string::npos);
  const std::string device = schema::json_schema("device").value();
  CHECK(device.find(R"("minItems": 2,
      "maxItems": 2)") != std::string::npos);
  CHECK(device.find(R"("facilitators": {
      "description": "Who facilitates; at least one. Refers to a person id.",
      "type": "array",)") != std::string::npos);
}

TEST_CASE("schema: the combined object holds each kind's schema under its name") {
  const std::string all = schema::all_schemas_json();
  CHECK(all.rfind("{\n  \"dossier\": {\n    \"$schema\"", 0) == 0);
  for (const auto& kind : schema::kind_names()) CHECK(all.find("\"" + kind + "\": {\n    \"$schema\"") != std::string::npos);
  CHECK(all == schema::all_schemas_json());
}

TEST_CASE("schema: each kind's schema has a stable $id of its own, naming the format version") {
  for (const auto& kind : schema::kind_names()) {
    CAPTURE(kind);
    const std::string id = "urn:efc:format-1:" + kind;
    CHECK(schema::json_schema(kind)->find("\n  \"$id\": \"" + id + "\",\n") != std::string::npos);
    CHECK(schema::all_schemas_json().find("\"$id\": \"" + id + "\"") != std::string::npos);
  }
}

TEST_CASE("json_schema: a person's optional title is described") {
  const auto s = schema::json_schema("dossier");
  REQUIRE(s);
  CHECK(s->find(R"("title": {)") != std::string::npos);
  CHECK(s->find("Title written before the name where documents name the person") != std::string::npos);
}
