// queue/draft: the file `efc arbitration new` writes, and the next id.
#include <doctest/doctest.h>

#include "load/loader.hpp"
#include "queue/draft.hpp"
#include "support/mini_dossier.hpp"

using namespace efc;

namespace {

load::Loaded mini() {
  const io::MemoryFileSystem fs = testing::MiniDossier().filesystem();
  return load::load_dossier(fs, "", "");
}

std::string draft_for(const model::Dossier& d, const char* kind, const model::QueueRequest* r) {
  return queue::draft_text(d, {"2026-001", kind, {2026, 1, 1}, r, "en"});
}

}  // namespace

TEST_CASE("draft: next id of the year, never below a taken one") {
  const std::vector<std::string> taken = {"2025-001", "2025-007", "2024-999", "queue", "2025-abc", "2025-", "x-2025-900"};
  CHECK(queue::next_id(2025, taken) == "2025-008");
  CHECK(queue::next_id(2026, taken) == "2026-001");
  CHECK(queue::next_id(2025, {"2025-999"}) == "2025-1000");
}

TEST_CASE("draft: YAML scalars read back as the same text") {
  CHECK(queue::yaml_scalar("Acme Convoyage") == "Acme Convoyage");
  CHECK(queue::yaml_scalar("Scierie d'Ain (Bourg)") == "Scierie d'Ain (Bourg)");
  CHECK(queue::yaml_scalar("Élevage Dupré") == "Élevage Dupré");
  CHECK(queue::yaml_scalar("Yes") == "\"Yes\"");
  CHECK(queue::yaml_scalar("a: b # c") == "\"a: b # c\"");
  CHECK(queue::yaml_scalar("3M") == "\"3M\"");
  CHECK(queue::yaml_scalar("say \"hi\"\n\\") == "\"say \\\"hi\\\"\\n\\\\\"");
  CHECK(queue::yaml_scalar("") == "\"\"");
}

TEST_CASE("draft: the client's organisation matches by name or id, ignoring case") {
  const load::Loaded l = mini();
  REQUIRE(queue::client_organisation(l.dossier, "client co") != nullptr);
  CHECK(*queue::client_organisation(l.dossier, "CLIENT-CO")->id == "client-co");
  CHECK(queue::client_organisation(l.dossier, "Client") == nullptr);
}

TEST_CASE("draft: from a queue request, it names the parties and validates once stakes and summary are filled") {
  const load::Loaded l = mini();
  const std::string text = draft_for(l.dossier, "urgent-request", l.dossier.request("r-1"));
  CHECK(text.find("  ref: r-1\n  client: Client Co\n") != std::string::npos);
  CHECK(text.find("  effort_days: 2") != std::string::npos);
  CHECK(text.find("  - who: seller                     # Seller: asks\n    stakes: \"\"\n") != std::string::npos);
  CHECK(text.find("  - who: maker                      # Maker: works the queue\n") != std::string::npos);
  CHECK(text.find("  - who: client-co                  # Client Co: the client\n") != std::string::npos);
  CHECK(text.find("#   decided_by: [seller, maker, client-co]\n") != std::string::npos);

  testing::MiniDossier m;
  m.set("arbitrations/2026-001.yaml", text);
  CHECK(m.check() ==
        "arbitrations/2026-001.yaml:12:3: error: 'summary' must be a text, found an empty value [bad-type]\n"
        "arbitrations/2026-001.yaml:18:5: error: party 'seller' has no stakes [stakes-missing]\n"
        "arbitrations/2026-001.yaml:20:5: error: party 'maker' has no stakes [stakes-missing]\n"
        "arbitrations/2026-001.yaml:22:5: error: party 'client-co' has no stakes [stakes-missing]\n");
  std::string filled = text;
  for (const char* stakes : {"Keep the client.", "Plan the work.", "Get a figure in time."}) {
    filled.replace(filled.find("stakes: \"\""), 10, std::string("stakes: ") + stakes);
  }
  filled.replace(filled.find("summary:"), 8, "summary: A quote");
  m.set("arbitrations/2026-001.yaml", filled);
  CHECK(m.check() == "");
}

TEST_CASE("draft: without a request, the requester and client are left to fill, shared-stake has no request") {
  const load::Loaded l = mini();
  const std::string urgent = draft_for(l.dossier, "urgent-request", nullptr);
  CHECK(urgent.find("  client:                           # the client\n") != std::string::npos);
  CHECK(urgent.find("  - who: maker ") != std::string::npos);
  CHECK(urgent.find("  # effort_days: 1 ") != std::string::npos);
  const std::string shared = draft_for(l.dossier, "shared-stake", nullptr);
  CHECK(shared.find("request:") == std::string::npos);
  CHECK(shared.find("kind: shared-stake\n") != std::string::npos);
  CHECK(shared.find("  - who:                            # a person or organisation id\n    stakes: \"\"\n") !=
        std::string::npos);
  testing::MiniDossier m;
  m.set("arbitrations/2026-001.yaml", shared);
  CHECK(m.check().find("[stakes-missing]") != std::string::npos);  // not valid until filled
}
