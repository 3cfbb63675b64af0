// The layout of FORMAT.md seen from each folder efc reads: which entries it reads, which it
// knows and leaves alone, and what it says about every other one, so that none is ignored.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "io/filesystem.hpp"

namespace efc::load {

// The folders efc reads: the dossier root, rex/, rex/<device>/, its sessions/, arbitrations/,
// exercises/; and those it writes without reading them (.efc/, .efc/schemas/), where only
// leftovers are reported.
enum class Place { Root, Rex, Device, Sessions, Arbitrations, Written, Exercises };

// Whether the loader reads `e` in `place` itself (and reports it when it cannot): YAML files,
// and the folders of the layout. Every other entry goes to account_for.
bool read_by_loader(Place place, const io::DirEntry& e);

// Reports the entries of the folder `shown_folder` (a prefix: "", "rex/a/") that efc neither reads
// nor knows: a temporary entry of efc is `leftover-temp-file` (with the command removing it), any
// other unknown entry `unexpected-file` naming the closest expected name; both warnings at 1:1.
void account_for(Place place, const std::vector<io::DirEntry>& entries, const std::string& shown_folder,
                 diag::Diagnostics& out);

// The `folder-link` error at the link `shown_path`: efc reads no folder through a link.
void report_folder_link(const std::string& shown_path, diag::Diagnostics& out);

}  // namespace efc::load
