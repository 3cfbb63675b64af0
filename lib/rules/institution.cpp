#include <fmt/format.h>

#include "rules/checks.hpp"
#include "text/i18n.hpp"

namespace efc::rules {
namespace {

void check_version(const model::DossierFile& f, diag::FileReport& report) {
  if (f.efc && *f.efc != 1) {
    report.error(f.efc.pos, diag::Rule::BadValue,
                 text::trf("format version {} is not supported; this efc reads version 1", *f.efc));
  }
}

void check_backing(const model::DossierFile& f, diag::FileReport& report) {
  if (!f.backing) {
    report.warning(f.pos.known() ? f.pos : diag::Pos{1, 1}, diag::Rule::BackingMissing,
                   text::tr("no institutional backing: add 'backing' with who validated the principles, and when"));
  } else if (f.backing->validated_by.empty()) {
    report.warning(f.backing->keys.of("validated_by", f.backing->pos), diag::Rule::BackingMissing,
                   text::tr("the backing is validated by no one: name who validated it in 'validated_by'"));
  }
}

void check_principles(const model::PrinciplesFile& p, diag::Diagnostics& out) {
  if (!p.status || *p.status == "draft") return;
  diag::FileReport report(p.path, out);
  if (p.validated_by.empty()) {
    report.error(p.status.pos, diag::Rule::PrinciplesNotValidated,
                 text::trf("principles are '{}' but 'validated_by' names no one", *p.status));
  }
  if (*p.status == "adopted" && !p.adopted) {
    report.error(p.status.pos, diag::Rule::PrinciplesNotValidated,
                 text::tr("principles are 'adopted' but have no 'adopted' date"));
  }
}

}  // namespace

void check_institution(const model::Dossier& d, diag::Diagnostics& out) {
  if (d.dossier) {
    diag::FileReport report(d.dossier->path, out);
    check_version(*d.dossier, report);
    check_backing(*d.dossier, report);
  }
  if (d.principles) check_principles(*d.principles, out);
}

}  // namespace efc::rules
