// A whole dossier as loaded: every file of it, typed and positioned.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/arbitration.hpp"
#include "model/dossier.hpp"
#include "model/exercise.hpp"
#include "model/rex.hpp"

namespace efc::model {

struct Dossier {
  std::string root;  // the folder holding dossier.yaml, as given to the loader
  std::optional<DossierFile> dossier;  // absent only when dossier.yaml cannot be read
  std::optional<PrinciplesFile> principles;
  std::vector<Device> devices;  // sorted by folder name
  std::optional<QueueFile> queue;
  std::vector<ArbitrationFile> arbitrations;  // sorted by file name
  std::vector<ExerciseFile> exercises{};  // sorted by file name
  std::optional<AssessmentFile> assessment{};
  // Every entry the loader listed, relative to the root, folders without a trailing '/'
  // ("rex/a", "rex/a/sessions/01.yaml"): what evidence paths may name.
  std::vector<std::string> entries{};

  const Person* person(std::string_view id) const;
  const Organisation* organisation(std::string_view id) const;
  // The name of the person or organisation `id`, or `id` itself when it has none.
  std::string name_of(const std::string& id) const;
  const Device* device(std::string_view id) const;
  const QueueRequest* request(std::string_view id) const;
  const ExerciseFile* exercise(std::string_view id) const;
  // "fr" unless dossier.yaml says "en".
  std::string lang() const;
};

}  // namespace efc::model
