#include "support/mini_dossier.hpp"

#include <doctest/doctest.h>

#include "check/check.hpp"
#include "diag/format.hpp"

namespace efc::testing {
namespace {

// Line numbers matter: rule tests that use replace() point into these texts.
constexpr const char* kDossier = R"(efc: 1
id: mini
title: Minimal dossier
lang: en
organisations:
  - id: org
    name: The Organisation
    kind: public
  - id: cab
    name: The Cabinet
    kind: facilitator
  - id: client-co
    name: Client Co
    kind: company
people:
  - id: ann
    name: Ann
    organisation: org
  - id: bob
    name: Bob
    organisation: org
  - id: fay
    name: Fay
    organisation: cab
  - id: boss
    name: Boss
    organisation: org
  - id: seller
    name: Seller
    organisation: org
  - id: maker
    name: Maker
    organisation: org
backing:
  statement: The board validated the principles.
  validated_by: [boss]
  date: 2025-01-10
)";

constexpr const char* kPrinciples = R"(status: adopted
validated_by: [boss]
adopted: 2025-01-20
principles:
  - id: fair
    title: Fairness
    statement: Decisions start from the real needs of everyone.
)";

constexpr const char* kDevice = R"(id: dev
title: Reflective space
kind: internal
facilitators: [fay]
participants: [ann, bob]
planned_sessions: 2
session_minutes: 120
stories_per_session: [1, 2]
)";

constexpr const char* kSession1 = R"(number: 1
date: 2025-02-01
kind: regular
present: [ann]
absent: [bob]
stories:
  - narrator: ann
    title: The night shift
    situation: Nobody could be reached, so the team improvised until morning.
questions:
  - text: Who decides at night?
)";

constexpr const char* kSession2 = R"(number: 2
date: 2025-03-01
kind: bilan
present: [ann, bob]
absent: []
produced: [A shared view of the night]
lessons: [Talk early]
perspectives: [Meet again in autumn]
)";

constexpr const char* kQueue = R"(rule: fifo
performer: maker
requests:
  - id: r-1
    client: Client Co
    entered: 2025-03-01
    requested_by: seller
    effort_days: 2
)";

constexpr const char* kArbitration = R"(id: a-1
kind: urgent-request
date: 2025-03-04
request:
  ref: r-1
  client: Client Co
  summary: A quote for a new line
  requested_by: seller
  requested_deadline: 2025-03-06
parties:
  - who: seller
    stakes: Keep the client.
  - who: maker
    stakes: Plan the work.
decision:
  outcome: negotiated
  deadline: 2025-03-10
  rationale: The client agreed to wait four more days.
  decided_by: [seller, maker]
)";

}  // namespace

const Files& mini_dossier_files() {
  static const Files kFiles = {
      {"dossier.yaml", kDossier},
      {"principles.yaml", kPrinciples},
      {"rex/dev/device.yaml", kDevice},
      {"rex/dev/sessions/01.yaml", kSession1},
      {"rex/dev/sessions/02.yaml", kSession2},
      {"arbitrations/queue.yaml", kQueue},
      {"arbitrations/a-1.yaml", kArbitration},
  };
  return kFiles;
}

MiniDossier& MiniDossier::set(const std::string& path, std::string text) {
  files_[path] = std::move(text);
  return *this;
}

MiniDossier& MiniDossier::remove(const std::string& path) {
  REQUIRE_MESSAGE(files_.erase(path) == 1, "no file ", path, " to remove");
  return *this;
}

MiniDossier& MiniDossier::replace(const std::string& path, const std::string& from, const std::string& to) {
  const auto it = files_.find(path);
  REQUIRE_MESSAGE(it != files_.end(), "no file ", path);
  std::string& text = it->second;
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "'", from, "' is not in ", path);
  REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "'", from, "' is more than once in ", path);
  text.replace(at, from.size(), to);
  return *this;
}

io::MemoryFileSystem MiniDossier::filesystem() const {
  io::MemoryFileSystem fs;
  for (const auto& [path, text] : files_) fs.add(path, text);
  return fs;
}

diag::Diagnostics MiniDossier::diagnostics() const {
  const io::MemoryFileSystem fs = filesystem();
  diag::Diagnostics diags = check::load_and_check(fs, "", "").diagnostics;
  diags.sort();
  return diags;
}

std::string MiniDossier::check() const { return diag::format_text(diagnostics(), false); }

}  // namespace efc::testing
