#include "rex/loop.hpp"

#include <algorithm>
#include <unordered_map>

#include "calendar/calendar.hpp"
#include "format/visit.hpp"
#include "view/visibility.hpp"

namespace efc::rex {
namespace {

class Collector {
 public:
  explicit Collector(const model::Device& device) : device_(device) {}

  std::vector<RaisedItem> run() {
    for (const auto& s : device_.sessions) {
      for (const auto& q : s.questions) add(ItemKind::Question, s, q);
      for (const auto& h : s.hypotheses) add(ItemKind::Hypothesis, s, h);
      for (const auto& e : s.experiments) add_experiment(s, e);
    }
    for (auto& item : items_) {
      if (!item.confidential && item.raised_on) item.went_up = view::first_shared_transmission(device_, *item.raised_on);
    }
    attach_responses();
    return std::move(items_);
  }

 private:
  // The item `x` continues (same kind and id), or a new one.
  template <class U>
  RaisedItem& mention(ItemKind kind, const model::SessionFile& s, const U& x) {
    if (x.id) {
      const auto [it, inserted] = by_id_.try_emplace(*x.id, items_.size());
      if (!inserted && items_[it->second].kind == kind) return items_[it->second];
    }
    RaisedItem& item = items_.emplace_back();
    item.kind = kind;
    item.id = x.id ? *x.id : "";
    item.first_session = s.file_number;
    item.first_pos = x.pos;
    item.raised_on = s.date;
    return item;
  }

  template <class U>
  void update(RaisedItem& item, const U& x) {
    if (x.text) item.text = *x.text;
    item.confidential = item.confidential || format::is_confidential(x);
  }

  void add(ItemKind kind, const model::SessionFile& s, const model::Item& x) { update(mention(kind, s, x), x); }

  void add_experiment(const model::SessionFile& s, const model::Experiment& e) {
    RaisedItem& item = mention(ItemKind::Experiment, s, e);
    update(item, e);
    if (e.status) item.status = *e.status;
    if (e.outcome) item.outcome = *e.outcome;
  }

  void attach_responses() {
    if (!device_.responses) return;
    for (const auto& r : device_.responses->responses) {
      if (!r.to) continue;
      const auto it = by_id_.find(*r.to);
      if (it != by_id_.end()) items_[it->second].responses.push_back(&r);
    }
    for (auto& item : items_) {
      // By date; one without a date (an error of its file) last.
      std::stable_sort(item.responses.begin(), item.responses.end(), [](const model::Response* a, const model::Response* b) {
        return a->date && (!b->date || *a->date < *b->date);
      });
    }
  }

  const model::Device& device_;
  std::vector<RaisedItem> items_;
  std::unordered_map<std::string, std::size_t> by_id_;
};

}  // namespace

std::string_view item_kind_key(ItemKind kind) {
  switch (kind) {
    case ItemKind::Question: return "question";
    case ItemKind::Hypothesis: return "hypothesis";
    case ItemKind::Experiment: return "experiment";
  }
  return "";
}

std::vector<RaisedItem> raised_items(const model::Device& device) { return Collector(device).run(); }

bool is_waiting(const RaisedItem& item) {
  if (!item.went_up || !item.responses.empty()) return false;
  return item.kind != ItemKind::Experiment || item.status.empty() || item.status == "proposed";
}

std::optional<double> median_days_to_answer(const std::vector<RaisedItem>& items) {
  std::vector<long long> days;
  for (const auto& item : items) {
    if (!item.went_up || item.responses.empty() || !item.responses.front()->date) continue;
    days.push_back(calendar::days_from_civil(*item.responses.front()->date) - calendar::days_from_civil(*item.went_up));
  }
  if (days.empty()) return std::nullopt;
  std::sort(days.begin(), days.end());
  const std::size_t n = days.size();
  return n % 2 == 1 ? static_cast<double>(days[n / 2]) : (static_cast<double>(days[n / 2 - 1]) + static_cast<double>(days[n / 2])) / 2.0;
}

}  // namespace efc::rex
