#include "model/model.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace efc::model {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  const auto it = std::find_if(items.begin(), items.end(), [id](const T& x) { return x.id && *x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

std::string shown_name(const Person& p) {
  if (!p.name) return "";
  if (!p.title || p.title->empty() || p.name->rfind(*p.title + " ", 0) == 0) return *p.name;
  return *p.title + " " + *p.name;
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

const Person* Dossier::person(std::string_view id) const {
  return dossier ? find_by_id(dossier->people, id) : nullptr;
}

const Organisation* Dossier::organisation(std::string_view id) const {
  return dossier ? find_by_id(dossier->organisations, id) : nullptr;
}

std::string Dossier::name_of(const std::string& id) const {
  if (const Person* p = person(id); p != nullptr && p->name) return shown_name(*p);
  if (const Organisation* o = organisation(id); o != nullptr && o->name) return *o->name;
  return id;
}

const Device* Dossier::device(std::string_view id) const {
  const auto it = std::find_if(devices.begin(), devices.end(), [id](const Device& d) { return d.file.folder == id; });
  return it == devices.end() ? nullptr : &*it;
}

const Audience* DeviceFile::audience(std::string_view wanted) const {
  const auto it = std::find_if(audiences.begin(), audiences.end(), [wanted](const Audience& a) { return a.id && *a.id == wanted; });
  return it == audiences.end() ? nullptr : &*it;
}

const QueueRequest* Dossier::request(std::string_view id) const {
  return queue ? find_by_id(queue->requests, id) : nullptr;
}

const ExerciseFile* Dossier::exercise(std::string_view id) const {
  const auto it = std::find_if(exercises.begin(), exercises.end(), [id](const ExerciseFile& e) { return e.file_id == id; });
  return it == exercises.end() ? nullptr : &*it;
}

std::string Dossier::lang() const {
  return dossier && dossier->lang && *dossier->lang == "en" ? "en" : "fr";
}

}  // namespace efc::model
