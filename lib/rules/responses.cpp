// The rules of the loop with management: responses.yaml and the ids it answers.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <fmt/format.h>

#include "format/visit.hpp"
#include "rules/checks.hpp"
#include "text/spell.hpp"
#include "view/visibility.hpp"
#include "text/i18n.hpp"

namespace efc::rules {
namespace {

// One id of an item (question, hypothesis or experiment) as first written.
struct FirstMention {
  std::string kind;
  std::string text;
  std::string path;
  diag::Pos pos;
};

// The ids a response may name, those it must not (marked confidential in a mention), those in
// doubt for another fault (already reported: no second finding), and whether others may be in
// session files that could not be read (then no id is unknown for sure).
struct ItemIds {
  std::vector<std::string> answerable;
  std::set<std::string> group;
  std::set<std::string> in_doubt;
  std::set<std::string> unreadable_words;
  bool sessions_unread = false;
  bool may_exist(const std::string& id) const {
    return sessions_unread || unreadable_words.count(id) > 0 || in_doubt.count(id) > 0;
  }
};

template <class F>
void for_each_answerable(const model::Device& device, F&& f) {
  for (const auto& s : device.sessions) {
    for (const auto& q : s.questions) f(s, "question", q);
    for (const auto& h : s.hypotheses) f(s, "hypothesis", h);
    for (const auto& e : s.experiments) f(s, "experiment", e);
  }
}

ItemIds item_ids(const model::Device& device) {
  model::Device marked = device;
  view::mark_doubts(marked);
  ItemIds ids;
  for_each_answerable(marked, [&](const model::SessionFile&, std::string_view, const auto& item) {
    if (!item.id) return;
    if (item.confidential && *item.confidential) ids.group.insert(*item.id);
    else if (format::is_confidential(item)) ids.in_doubt.insert(*item.id);
    else ids.answerable.push_back(*item.id);
  });
  std::erase_if(ids.answerable, [&](const std::string& id) { return ids.group.count(id) > 0 || ids.in_doubt.count(id) > 0; });
  ids.unreadable_words.insert(device.words_of_unreadable_sessions.begin(), device.words_of_unreadable_sessions.end());
  ids.sessions_unread = device.sessions_unread;
  return ids;
}

// The kind of an item ("question", "hypothesis", "experiment") in the user's language.
const char* item_kind_word(std::string_view kind) {
  if (kind == "question") return text::tr("question");
  if (kind == "hypothesis") return text::tr("hypothesis");
  if (kind == "experiment") return text::tr("experiment");
  return text::tr("item");
}

// duplicate-id: an id names one item, however many sessions repeat it.
void check_item_ids(const model::Device& device, diag::Diagnostics& out) {
  std::map<std::string, FirstMention> first;
  for_each_answerable(device, [&](const model::SessionFile& s, std::string_view kind, const auto& item) {
    if (!item.id || !item.text) return;
    const auto [it, inserted] = first.try_emplace(*item.id, FirstMention{std::string(kind), *item.text, s.path, item.id.pos});
    if (inserted || (it->second.kind == kind && it->second.text == *item.text)) return;
    const FirstMention& m = it->second;
    const std::string what = m.kind == kind ? text::trf("another {} with a different text", item_kind_word(m.kind))
                                            : text::trf("a {}", item_kind_word(m.kind));
    diag::FileReport(s.path, out)
        .error(item.id.pos, diag::Rule::DuplicateId,
               text::trf("{} already names {} at {}:{}:{}; an id names one item across sessions: repeat its text as it "
                         "was, or give this {} an id of its own",
                         item.id.sealed ? std::string(text::tr("this id")) : text::trf("id '{}'", *item.id), what, m.path,
                         m.pos.line, m.pos.column, item_kind_word(kind)));
  });
}

bool lists(const model::Texts& ids, const model::Text& id) {
  return std::any_of(ids.begin(), ids.end(), [&](const model::Text& t) { return t && id && *t == *id; });
}

void check_transmission(const model::DeviceFile& f, const model::Transmission& t, diag::FileReport& report) {
  if (t.audience) {
    const model::Audience* a = f.audience(*t.audience);
    std::vector<std::string> ids;
    for (const auto& x : f.audiences) {
      if (x.id) ids.push_back(*x.id);
    }
    if (a == nullptr) {
      report.error(
          t.audience.pos, diag::Rule::UnknownRef,
          text::trf("unknown audience '{}' of device '{}'{}", *t.audience, f.folder, text::did_you_mean(*t.audience, ids)));
    } else if (view::visibility_of(*a) == format::Visibility::Group) {
      report.error(t.audience.pos, diag::Rule::BadValue,
                   text::trf("audience '{}' receives the group's text: what goes up goes to an audience that receives "
                             "'shared'",
                             *t.audience));
    }
  }
  // No participants read (a fault of device.yaml, reported there): nothing to compare with.
  if (!t.presented_by.empty() && !f.participants.empty() &&
      std::none_of(t.presented_by.begin(), t.presented_by.end(), [&](const model::Text& p) { return lists(f.participants, p); })) {
    report.warning(t.keys.of("presented_by", t.pos), diag::Rule::TransmissionWithoutParticipants,
                   text::tr("no participant of the device among 'presented_by': the group takes part in passing its work on; "
                            "name one of them"));
  }
}

void check_response(const model::Response& r, const ItemIds& ids, const std::optional<model::Date>& first_sent,
                    const std::string& device, diag::FileReport& report) {
  if (r.to && ids.group.count(*r.to) > 0) {
    report.error(r.to.pos, diag::Rule::ResponseToGroupItem,
                 text::tr("this response names an item marked confidential, kept in the group: answering it would show that it "
                          "went up; remove this response"));
  } else if (r.to && std::find(ids.answerable.begin(), ids.answerable.end(), *r.to) == ids.answerable.end() &&
             !ids.may_exist(*r.to)) {
    report.error(r.to.pos, diag::Rule::ResponseUnknownItem,
                 text::trf("'{}' is not the id of a question, hypothesis or experiment of device '{}'{}", *r.to, device,
                           text::did_you_mean(*r.to, ids.answerable)));
  }
  if (r.date && (!first_sent || *r.date < *first_sent)) {
    report.warning(r.date.pos, diag::Rule::ResponseBeforeTransmission,
                   first_sent ? text::trf("this response is dated {}, before the first transmission to management ({}); "
                                          "check its date, or record the transmission it answers",
                                          r.date->iso(), first_sent->iso())
                              : text::tr("no transmission to an audience receiving 'shared' is recorded: add the one this "
                                         "response answers under 'transmissions'"));
  }
  if (r.date && r.review_on && *r.review_on < *r.date) {
    report.error(r.review_on.pos, diag::Rule::DeadlineOrder,
                 text::trf("review_on {} is before the response's date {}", r.review_on->iso(), r.date->iso()));
  }
}

}  // namespace

void check_responses(const model::Device& device, diag::Diagnostics& out) {
  check_item_ids(device, out);
  if (!device.responses) return;
  const model::ResponsesFile& r = *device.responses;
  diag::FileReport report(r.path, out);
  for (const auto& t : r.transmissions) check_transmission(device.file, t, report);
  const ItemIds ids = item_ids(device);
  const auto first_sent = view::first_shared_transmission(device);
  for (const auto& response : r.responses) check_response(response, ids, first_sent, device.file.folder, report);
}

}  // namespace efc::rules
