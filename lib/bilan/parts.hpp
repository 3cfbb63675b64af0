// Pieces shared by the document builders of lib/bilan: people, dates and the follow-up of
// experiments across sessions. They read only what they are given: callers pass values
// taken from a view::DossierView.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "render/tree.hpp"
#include "rex/series.hpp"

namespace efc::bilan {

// {id, name, role, organisation} of a person of the dossier (role and organisation null when
// unknown, the name is then the id).
render::Tree person_tree(const model::Dossier& d, const std::string& id);
// person_tree of each present id, in order; their names are appended to `names`.
render::Tree people_tree(const model::Dossier& d, const model::Texts& ids, std::vector<std::string>& names);
// The display name of a person (the id when unknown).
std::string person_name(const model::Dossier& d, const std::string& id);

// Sets KEY ("2025-06-02") and KEY_long ("2 juin 2025") on `object`; both null when the date is missing.
void set_date(render::Tree& object, std::string_view key, const model::DateValue& date, std::string_view lang);

// Sets KEY to `list` and, for templates only, has_KEY (whether it holds anything): Mustache
// cannot test a list for emptiness without iterating it, which tables need.
void set_list(render::Tree& object, std::string_view key, render::Tree list);
// Sets KEY, for templates only, to the texts joined with ", " (nothing when there are none).
void set_joined(render::Tree& object, std::string_view key, const std::vector<std::string>& texts,
                std::string_view separator = ", ");

// Texts as a list of strings (absent values skipped).
render::Tree text_list(const model::Texts& texts);
// "a, b, c": the present texts joined, for templates.
std::string joined(const std::vector<std::string>& texts, std::string_view separator = ", ");

// One experiment followed across the sessions of a device: experiments repeating an id are
// one track; an experiment without id is a track of its own.
struct ExperimentStep {
  int session = 0;
  model::DateValue date;
  std::string status;
};
struct ExperimentTrack {
  model::Experiment latest;  // as written in the last session that mentions it
  std::vector<ExperimentStep> history;
  bool confidential = false;  // marked confidential in at least one session (a group view only holds such)
};
// The tracks of a device, in order of first appearance.
std::vector<ExperimentTrack> experiment_tracks(const model::Device& device);

// {id, text, owner, owner_name, status, status_label, session} of an experiment still open
// (agendas and status list them to hear about).
render::Tree open_experiment_tree(const model::Dossier& d, const rex::ExperimentState& e, std::string_view lang);

// {date, decision, decision_label, by, by_names, text, review_on} of a response of management.
render::Tree response_tree(const model::Dossier& d, const model::Response& r, std::string_view lang);

// The YAML front matter of a Markdown document that pandoc reads: title, date (when known, in
// the reader's words: "2 juin 2025") and lang, quoted YAML scalars; the title Markdown-escaped
// too, as pandoc reads it as Markdown. It is the document's only title (no "#" heading).
render::Tree front_matter(const std::string& title, const model::DateValue& date, std::string_view lang);

// The frame of trust of a cross-actor device, for its bilan and its agenda: {organisations
// (those of its participants: id, name, carries), stake ({kind, kind_label, text}, null when
// absent or not in the view), voluntary (null when not said), trust_measures, carried_by
// ({id, name})}, plus organisation_names and carried_by_names for templates. Null for other devices.
render::Tree frame_tree(const model::Dossier& d, const model::DeviceFile& f, std::string_view lang);

// The date of the document of a device: its bilan session's date, else its last session's.
model::DateValue document_date(const model::Device& device);

}  // namespace efc::bilan
