#include "format/kinds.hpp"

namespace efc::format {
namespace {

using namespace model;

const std::vector<std::string> kOrganisationKinds = {"public", "company", "association", "citizens", "facilitator"};
const std::vector<std::string> kExperimentStatuses = {"proposed", "accepted", "running", "done", "dropped"};

const Record<Organisation>& organisation_record() {
  static const Record<Organisation> r{"organisation", "An organisation taking part in the mission.", {
      id(&Organisation::id, "id", "Unique id, used in references.").required().defines(RefTarget::Organisation),
      text(&Organisation::name, "name", "Name as written in documents.").required(),
      choice(&Organisation::kind, "kind", kOrganisationKinds, "What kind of actor it is.").required(),
  }};
  return r;
}

const Record<Person>& person_record() {
  static const Record<Person> r{
      "person",
      "Someone taking part in the mission.",
      {
          id(&Person::id, "id", "Unique id, used in references.").required().defines(RefTarget::Person),
          text(&Person::name, "name", "Name as written in documents.").required(),
          text(&Person::title, "title",
               "Title written before the name where documents name the person: Dr, Pr, Mme, M. (English: Dr, Prof., Ms)."),
          ref(&Person::organisation, "organisation", RefTarget::Organisation, "The organisation the person belongs to.")
              .required(),
          text(&Person::role, "role", "Role or position, free text."),
      }};
  return r;
}

const Record<Backing>& backing_record() {
  static const Record<Backing> r{"backing", "Institutional backing: principles validated by management.", {
      text(&Backing::statement, "statement", "What was validated, and by which body.").required(),
      refs(&Backing::validated_by, "validated_by", RefTarget::Person, "People who validated it.").required(),
      date(&Backing::date, "date", "When it was validated."),
  }};
  return r;
}

const Record<Principle>& principle_record() {
  static const Record<Principle> r{"principle", "One principle of the charter.", {
      id(&Principle::id, "id", "Unique id, used by experiments and decisions.").required().defines(RefTarget::Principle),
      text(&Principle::title, "title", "Short name of the principle.").required(),
      text(&Principle::statement, "statement", "What the principle commits management to.").required(),
      text(&Principle::question, "question", "Optional guiding question."),
  }};
  return r;
}

const Record<Audience>& audience_record() {
  static const Record<Audience> r{"audience", "Who receives the bilan, and at which visibility.", {
      id(&Audience::id, "id", "Unique id within the device.").required(),
      text(&Audience::label, "label", "Name of the audience in documents."),
      refs(&Audience::members, "members", RefTarget::Person, "People who receive the bilan.").required(),
      choice(&Audience::receives, "receives", {"shared", "group"}, "shared: no group text; group: everything.").required(),
  }};
  return r;
}

const Record<Story>& story_record() {
  static const Record<Story> r{"story", "A lived professional story told in a session.", {
      ref(&Story::narrator, "narrator", RefTarget::Person, "Who told it; must be present.").required().group(),
      text(&Story::title, "title", "Short title of the story.").required().group(),
      text(&Story::situation, "situation", "The situation as told.").group(),
      text(&Story::prescribed, "prescribed", "The work as planned or prescribed.").group(),
      text(&Story::real, "real", "The work as it really went, trade-offs made on the spot.").group(),
      texts(&Story::keywords, "keywords", "Themes of the story; shared unless the story is confidential."),
      boolean(&Story::confidential, "confidential", "true: even the keywords stay in the group.").group(),
  }};
  return r;
}

const Record<Item>& question_record() {
  static const Record<Item> r{"question", "A question raised for management.", {
      id(&Item::id, "id", "Optional id; management's responses name it, later sessions may repeat it."),
      text(&Item::text, "text", "The question.").required(),
      boolean(&Item::confidential, "confidential", "true: stays in the group."),
  }};
  return r;
}

const Record<Item>& hypothesis_record() {
  static const Record<Item> r{"hypothesis", "A hypothesis put forward for management.", {
      id(&Item::id, "id", "Optional id; management's responses name it, later sessions may repeat it."),
      text(&Item::text, "text", "The hypothesis.").required(),
      boolean(&Item::confidential, "confidential", "true: stays in the group."),
  }};
  return r;
}

const Record<Experiment>& experiment_record() {
  static const Record<Experiment> r{"experiment", "An experiment proposed to change the work.", {
      id(&Experiment::id, "id", "Optional id; later sessions repeat it to update the status."),
      text(&Experiment::text, "text", "What is tried.").required(),
      ref(&Experiment::owner, "owner", RefTarget::Person, "Who carries it."),
      choice(&Experiment::status, "status", kExperimentStatuses, "Where it stands."),
      refs(&Experiment::principles, "principles", RefTarget::Principle, "Principles it puts to work."),
      text(&Experiment::outcome, "outcome", "What it produced, once done or dropped."),
      boolean(&Experiment::confidential, "confidential", "true: stays in the group."),
  }};
  return r;
}

const Record<Term>& term_record() {
  static const Record<Term> r{"vocabulary term", "A word of the trade that builds the shared doctrine.", {
      text(&Term::term, "term", "The word or expression.").required(),
      text(&Term::meaning, "meaning", "What the group means by it.").required(),
      boolean(&Term::confidential, "confidential", "true: stays in the group."),
  }};
  return r;
}

const Record<QueueRequest>& queue_request_record() {
  static const Record<QueueRequest> r{"queue request", "A request waiting in the performer's queue.", {
      id(&QueueRequest::id, "id", "Unique id of the request.").required().defines(RefTarget::Request),
      text(&QueueRequest::client, "client", "The client it is for.").required(),
      date(&QueueRequest::entered, "entered", "When it entered the queue.").required(),
      ref(&QueueRequest::requested_by, "requested_by", RefTarget::Person, "Who put it in the queue."),
      integer(&QueueRequest::effort_days, "effort_days", "Days of the performer's work it takes."),
      date(&QueueRequest::promised, "promised", "Date promised to the client, if any."),
      date(&QueueRequest::done, "done", "Extension: the day the work was delivered; out of the queue after it."),
  }};
  return r;
}

const Record<Request>& request_record() {
  static const Record<Request> r{"request", "The urgent request being arbitrated.", {
      ref(&Request::ref, "ref", RefTarget::Request, "The request in the queue, if it is there."),
      text(&Request::client, "client", "The client asking.").required(),
      text(&Request::summary, "summary", "What is asked.").required(),
      ref(&Request::requested_by, "requested_by", RefTarget::Person, "Who asks to jump the queue.").required(),
      date(&Request::requested_deadline, "requested_deadline", "The deadline asked for."),
      integer(&Request::effort_days, "effort_days", "Days of the performer's work it takes."),
  }};
  return r;
}

const Record<Party>& party_record() {
  static const Record<Party> r{"party", "A party heard in the arbitration, with its work stakes.", {
      ref(&Party::who, "who", RefTarget::PersonOrOrganisation, "A person or an organisation.").required(),
      text(&Party::stakes, "stakes", "Its work stakes in the decision."),
  }};
  return r;
}

const Record<Option>& option_record() {
  static const Record<Option> r{"option", "An option instructed together.", {
      text(&Option::text, "text", "The option.").required(),
  }};
  return r;
}

const Record<Decision>& decision_record() {
  static const Record<Decision> r{"decision", "The joint decision; absent while the arbitration is open.", {
      choice(&Decision::outcome, "outcome", {"accepted", "negotiated", "declined", "escalated"}, "What was decided.").required(),
      date(&Decision::deadline, "deadline", "The deadline agreed."),
      text(&Decision::rationale, "rationale", "Why, from the parties' stakes."),
      refs(&Decision::decided_by, "decided_by", RefTarget::PersonOrOrganisation, "Who decided; a joint decision names several parties.").required(),
      boolean(&Decision::client_informed, "client_informed", "Whether the client was told why."),
      refs(&Decision::principles, "principles", RefTarget::Principle, "Principles the decision leans on."),
      date(&Decision::review_on, "review_on", "When the parties look at it again."),
  }};
  return r;
}

const std::vector<std::string> kResponseDecisions = {"answered", "adopted", "declined", "under-study"};

const Record<Transmission>& transmission_record() {
  static const Record<Transmission> r{"transmission", "One time the bilan or an interim note went up to an audience.", {
      date(&Transmission::date, "date", "When it went up.").required(),
      id(&Transmission::audience, "audience", "The audience of the device it went to.").required(),
      refs(&Transmission::presented_by, "presented_by", RefTarget::Person, "Who presented it; participants among them.").required(),
      choice(&Transmission::form, "form", {"meeting", "document"}, "Presented in a meeting, or sent as a document."),
  }};
  return r;
}

const Record<Response>& response_record() {
  static const Record<Response> r{"response", "Management's answer to an item that went up.", {
      id(&Response::to, "to", "The id of a question, hypothesis or experiment of the device.").required(),
      date(&Response::date, "date", "When management answered.").required(),
      refs(&Response::by, "by", RefTarget::Person, "Who answered.").required().items(1),
      choice(&Response::decision, "decision", kResponseDecisions, "What management decided.").required(),
      text(&Response::text, "text", "The answer, in management's words."),
      date(&Response::review_on, "review_on", "When management comes back to it."),
  }};
  return r;
}

const Record<InitialStake>& stake_record() {
  static const Record<InitialStake> r{"initial stake", "What brings the parties of a cross-actor device together.", {
      choice(&InitialStake::kind, "kind", {"ambition", "friction"}, "A positive start (ambition) or a negative one (friction).").required(),
      text(&InitialStake::text, "text", "The stake, in the parties' words.").required(),
      boolean(&InitialStake::confidential, "confidential", "true: stays in the group (no shared bilan or agenda shows it)."),
  }};
  return r;
}

const Record<Answer>& answer_record() {
  static const Record<Answer> r{"answer", "The answer to one question of the exercise.", {
      id(&Answer::question, "question", "The id of a question of the exercise (efc exercise new writes them all).").required(),
      text(&Answer::text, "text", "What was said; empty while unanswered."),
      text(&Answer::postponed, "postponed", "Extension: left for later on purpose, and when or why; no exercise-unanswered warning."),
  }};
  return r;
}

const Record<Ingredient>& ingredient_record() {
  static const Record<Ingredient> r{"ingredient", "Where the organisation stands on one ingredient.", {
      integer(&Ingredient::level, "level", "0 absent, 1 emerging, 2 established, 3 instituted.").required().maximum(3),
      texts(&Ingredient::evidence, "evidence", "Paths of the dossier that bear the level out (rex/ID, arbitrations/ID, principles.yaml...)."),
      text(&Ingredient::note, "note", "A comment on the level."),
  }};
  return r;
}

const Record<Ingredients>& ingredients_record() {
  static const Record<Ingredients> r{"ingredients", "The four ingredients of a management of and by the resource.", {
      record(&Ingredients::listening, "listening", ingredient_record, "Listening to real work, its difficulties and its effects."),
      record(&Ingredients::relation_to_real, "relation-to-real", ingredient_record,
             "A relation to the real: understanding arbitrations, building a shared doctrine."),
      record(&Ingredients::cooperation_support, "cooperation-support", ingredient_record,
             "Supporting cooperation: strengthening what favours it, avoiding what weakens it."),
      record(&Ingredients::instituted_times, "instituted-times", ingredient_record,
             "Instituting times and spaces where the resource develops (REX, deliberation)."),
  }};
  return r;
}

const std::vector<std::string> kPracticeModes = {"individual", "mixed", "collective"};

const Record<Practice>& practice_record() {
  static const Record<Practice> r{"practice", "How one administrative practice takes cooperation into account.", {
      choice(&Practice::mode, "mode", kPracticeModes, "individual, mixed or collective.").required(),
      text(&Practice::note, "note", "A comment on the practice."),
  }};
  return r;
}

const Record<Administration>& administration_record() {
  static const Record<Administration> r{"administration", "Administrative management and cooperation.", {
      record(&Administration::evaluation, "evaluation", practice_record, "Evaluation interviews."),
      record(&Administration::training, "training", practice_record, "Training plans."),
      record(&Administration::recruitment, "recruitment", practice_record, "Recruitment."),
      record(&Administration::pay, "pay", practice_record, "Pay and bonuses."),
  }};
  return r;
}

const Record<Assessment>& assessment_item_record() {
  static const Record<Assessment> r{"assessment", "One dated self-assessment of management.", {
      date(&Assessment::date, "date", "When it was made.").required(),
      refs(&Assessment::by, "by", RefTarget::Person, "Who made it.").required().items(1),
      record(&Assessment::ingredients, "ingredients", ingredients_record, "A level and evidence per ingredient.").required(),
      record(&Assessment::administration, "administration", administration_record, "The mode of each administrative practice."),
  }};
  return r;
}

}  // namespace

const Record<DossierFile>& dossier_record() {
  static const Record<DossierFile> r{"dossier", "The mission: organisations, people and institutional backing.", {
      integer(&DossierFile::efc, "efc", "Format version; 1.").required().minimum(1),
      id(&DossierFile::id, "id", "Id of the mission.").required(),
      text(&DossierFile::title, "title", "Title of the mission.").required(),
      choice(&DossierFile::lang, "lang", {"fr", "en"}, "Language of rendered documents (default fr)."),
      records(&DossierFile::organisations, "organisations", organisation_record, "Organisations taking part.").required().items(1),
      records(&DossierFile::people, "people", person_record, "People taking part.").required(),
      record(&DossierFile::backing, "backing", backing_record, "Institutional backing (warned if missing)."),
  }};
  return r;
}

const Record<PrinciplesFile>& principles_record() {
  static const Record<PrinciplesFile> r{"principles", "The charter of cooperation principles.", {
      choice(&PrinciplesFile::status, "status", {"draft", "validated", "adopted"}, "Where the charter stands.").required(),
      texts(&PrinciplesFile::elaborated_with, "elaborated_with", "Who built the principles: words or people ids."),
      refs(&PrinciplesFile::validated_by, "validated_by", RefTarget::Person, "Who validated them; required unless draft."),
      date(&PrinciplesFile::adopted, "adopted", "When they were adopted; required when adopted."),
      records(&PrinciplesFile::principles, "principles", principle_record, "The principles.").required().items(1),
  }};
  return r;
}

const Record<DeviceFile>& device_record() {
  static const Record<DeviceFile> r{"device", "A REX device: a series of reflective sessions.", {
      id(&DeviceFile::id, "id", "Must equal the folder name.").required(),
      text(&DeviceFile::title, "title", "Title of the device.").required(),
      choice(&DeviceFile::kind, "kind", {"internal", "cross-actor"}, "Within one organisation, or between actors.").required(),
      refs(&DeviceFile::facilitators, "facilitators", RefTarget::Person, "Who facilitates; at least one.").required().items(1),
      refs(&DeviceFile::participants, "participants", RefTarget::Person, "Who takes part.").required().items(1),
      integer(&DeviceFile::planned_sessions, "planned_sessions", "Number of sessions planned.").required().minimum(1),
      integer(&DeviceFile::session_minutes, "session_minutes", "Default length of a session, in minutes.").required().minimum(1),
      integer(&DeviceFile::break_minutes, "break_minutes",
              "Length of the break in sessions longer than two hours (default 15; 0: no break).").minimum(0),
      integers(&DeviceFile::stories_per_session, "stories_per_session", "Minimum and maximum stories in a regular session.").items(2, 2),
      texts(&DeviceFile::rules, "rules", "The frame the facilitators guarantee."),
      records(&DeviceFile::audiences, "audiences", audience_record, "Who receives the bilan, and what."),
      record(&DeviceFile::initial_stake, "initial_stake", stake_record, "Cross-actor: what brings the parties together."),
      boolean(&DeviceFile::voluntary, "voluntary", "Cross-actor: whether every participant is a volunteer."),
      texts(&DeviceFile::trust_measures, "trust_measures", "Cross-actor: what the frame does while trust is not there yet."),
      refs(&DeviceFile::carried_by, "carried_by", RefTarget::Organisation, "Cross-actor: the organisations that carry (fund, host) the device."),
  }};
  return r;
}

const Record<SessionFile>& session_record() {
  static const Record<SessionFile> r{"session", "One session of a REX device.", {
      integer(&SessionFile::number, "number", "Must match NN in the file name.").required().minimum(1),
      date(&SessionFile::date, "date", "Day of the session.").required(),
      time(&SessionFile::start, "start", "Start time HH:MM."),
      integer(&SessionFile::minutes, "minutes", "Length; default: the device's session_minutes.").minimum(1),
      text(&SessionFile::place, "place", "Where it takes place."),
      choice(&SessionFile::kind, "kind", {"regular", "bilan"}, "regular, or bilan for the closing session."),
      refs(&SessionFile::present, "present", RefTarget::Person, "Participants present.").group(),
      refs(&SessionFile::absent, "absent", RefTarget::Person, "Participants absent.").group(),
      records(&SessionFile::stories, "stories", story_record, "Lived professional stories: group but for keywords."),
      records(&SessionFile::questions, "questions", question_record, "Questions for management."),
      records(&SessionFile::hypotheses, "hypotheses", hypothesis_record, "Hypotheses for management."),
      records(&SessionFile::experiments, "experiments", experiment_record, "Experiments proposed or followed."),
      records(&SessionFile::vocabulary, "vocabulary", term_record, "Words of the trade."),
      text(&SessionFile::notes, "notes", "Facilitators' notes (group).").group(),
      texts(&SessionFile::produced, "produced", "Bilan: what the series produced."),
      texts(&SessionFile::lessons, "lessons", "Bilan: lessons drawn."),
      texts(&SessionFile::perspectives, "perspectives", "Bilan: perspectives."),
      texts(&SessionFile::next_steps, "next_steps", "Bilan: next steps."),
  }};
  return r;
}

const Record<ResponsesFile>& responses_record() {
  static const Record<ResponsesFile> r{"responses", "What went up to management from a device, and what came back.", {
      records(&ResponsesFile::transmissions, "transmissions", transmission_record, "Each time the device's work went up."),
      records(&ResponsesFile::responses, "responses", response_record, "Management's answers, one per item and date."),
  }};
  return r;
}

const Record<ExerciseFile>& exercise_record() {
  static const Record<ExerciseFile> r{"exercise", "One of the sheet's two exercises, done with the client.", {
      id(&ExerciseFile::id, "id", "Must equal the file name.").required(),
      choice(&ExerciseFile::exercise, "exercise", {"management", "cooperation"}, "Which exercise of the sheet.").required(),
      date(&ExerciseFile::date, "date", "When it was done.").required(),
      refs(&ExerciseFile::participants, "participants", RefTarget::Person, "Who took part."),
      records(&ExerciseFile::answers, "answers", answer_record, "One answer per question of the exercise."),
  }};
  return r;
}

const Record<AssessmentFile>& assessment_record() {
  static const Record<AssessmentFile> r{"assessment file", "Dated self-assessments of management, checked against the dossier.", {
      records(&AssessmentFile::assessments, "assessments", assessment_item_record, "The self-assessments, oldest first.").required(),
  }};
  return r;
}

const Record<QueueFile>& queue_record() {
  static const Record<QueueFile> r{"queue", "The work queue and the rule agreed for it.", {
      choice(&QueueFile::rule, "rule", {"fifo"}, "The agreed order.").required(),
      ref(&QueueFile::performer, "performer", RefTarget::Person, "Who does the queued work.").required(),
      choices(&QueueFile::working_days, "working_days", {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
              "Days the performer works (default mon to fri)."),
      dates(&QueueFile::holidays, "holidays", "Extension: days off besides the weekly ones."),
      records(&QueueFile::requests, "requests", queue_request_record, "Requests in queue order."),
  }};
  return r;
}

const Record<ArbitrationFile>& arbitration_record() {
  static const Record<ArbitrationFile> r{"arbitration", "A joint arbitration.", {
      id(&ArbitrationFile::id, "id", "Must equal the file name.").required(),
      choice(&ArbitrationFile::kind, "kind", {"urgent-request", "shared-stake"}, "What is arbitrated.").required(),
      date(&ArbitrationFile::date, "date", "When the request was made.").required(),
      record(&ArbitrationFile::request, "request", request_record, "urgent-request only: the request."),
      records(&ArbitrationFile::parties, "parties", party_record, "Every party with its work stakes.").required(),
      records(&ArbitrationFile::options, "options", option_record, "Options instructed together."),
      record(&ArbitrationFile::decision, "decision", decision_record, "The decision; absent while open."),
  }};
  return r;
}

std::vector<KindInfo> all_kinds() {
  return {{"dossier", &dossier_record().info()},  {"principles", &principles_record().info()},
          {"device", &device_record().info()},    {"session", &session_record().info()},
          {"responses", &responses_record().info()},
          {"queue", &queue_record().info()},      {"arbitration", &arbitration_record().info()},
          {"exercise", &exercise_record().info()}, {"assessment", &assessment_record().info()}};
}

namespace {

// Calls `f(record, file)` on every file of a dossier (const or not): the one list of files
// that redaction and text visits share.
template <class D, class F>
void for_each_file(D& d, F&& f) {
  if (d.dossier) f(dossier_record(), *d.dossier);
  if (d.principles) f(principles_record(), *d.principles);
  for (auto& device : d.devices) {
    f(device_record(), device.file);
    for (auto& session : device.sessions) f(session_record(), session);
    if (device.responses) f(responses_record(), *device.responses);
  }
  if (d.queue) f(queue_record(), *d.queue);
  for (auto& a : d.arbitrations) f(arbitration_record(), a);
  for (auto& e : d.exercises) f(exercise_record(), e);
  if (d.assessment) f(assessment_record(), *d.assessment);
}

}  // namespace

void redact_all(model::Dossier& d) {
  for_each_file(d, [](const auto& record, auto& file) { record.redact(file); });
}

void visit_all_texts(const model::Dossier& d, const FileTextVisitor& visit) {
  for_each_file(d, [&](const auto& record, const auto& file) {
    record.visit_texts(file, [&](const TextVisit& t) { visit(file.path, t); });
  });
}

void visit_session_texts(const model::SessionFile& session, const TextVisitor& visit) {
  session_record().visit_texts(session, visit);
}

}  // namespace efc::format
