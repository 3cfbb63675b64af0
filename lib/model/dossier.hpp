// dossier.yaml and principles.yaml: the mission and its institutional backing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/value.hpp"

namespace efc::model {

struct Organisation {
  Pos pos;
  KeyPositions keys;
  Text id, name, kind;
};

struct Person {
  Pos pos;
  KeyPositions keys;
  Text id, name, organisation, role;
  Text title{};  // "Dr", "Mme", "Prof.": written before the name
};

// The name as documents show it: the title, if any, then the name ("Dr Yves Moreau"); a name
// that already starts with its title is kept as it is. Empty without a name.
std::string shown_name(const Person& p);

struct Backing {
  Pos pos;
  KeyPositions keys;
  Text statement;
  Texts validated_by;
  DateValue date;
};

struct DossierFile {
  std::string path;  // relative to the dossier root, e.g. "dossier.yaml"
  Pos pos;
  KeyPositions keys;
  Int efc;
  Text id, title, lang;
  std::vector<Organisation> organisations;
  std::vector<Person> people;
  std::optional<Backing> backing;
};

struct Principle {
  Pos pos;
  KeyPositions keys;
  Text id, title, statement, question;
};

struct PrinciplesFile {
  std::string path;
  Pos pos;
  KeyPositions keys;
  Text status;
  Texts elaborated_with;
  Texts validated_by;
  DateValue adopted;
  std::vector<Principle> principles;
};

}  // namespace efc::model
