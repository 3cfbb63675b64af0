// A YAML document as a positioned tree, built from yaml-cpp's event parser.
// Unlike YAML::Node it keeps duplicate keys visible, knows quoted from plain
// scalars, gives 1-based character positions and bounds alias expansion.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace efc::yaml {

using diag::Pos;

enum class Kind { Null, Scalar, Sequence, Mapping };

struct Node;

struct Entry {
  const Node* key;
  const Node* value;
};

struct Node {
  Kind kind = Kind::Null;
  Pos pos;
  std::string text;          // scalars only
  bool plain = false;        // scalar written without quotes, block indicator or tag
  std::string tag;           // an explicit tag other than !!str (already reported: tags are refused)
  Pos last;                  // where the last value of its subtree starts (== pos for scalars)
  bool flagged = false;      // its subtree holds a tag or a duplicate key (reported): in doubt
  std::vector<const Node*> items;  // sequences
  std::vector<Entry> entries;      // mappings, in file order, duplicates already removed
  std::size_t expanded_size = 1;   // nodes in this subtree once aliases are expanded
  // Plain scalars: a comment right after them that looks like more text (`Salle n°2 #RDC`:
  // '#' after a space, then no space), where it starts and its first word; unknown when none.
  Pos cut_at{};
  std::string cut_word{};

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_mapping() const { return kind == Kind::Mapping; }
  // The value under `key` in a mapping, or nullptr.
  const Node* find(std::string_view key) const;
};

// A finding of the YAML layer; the caller knows which file it belongs to.
struct Problem {
  Pos pos;
  diag::Rule rule;
  std::string message;
  // The message without any text of the file, for a position inside group text
  // (empty: `message` quotes nothing of the file).
  std::string sealed_message{};
};

// Sane limits for hand-written dossier files (documented in docs/limits.md).
struct Limits {
  std::size_t max_bytes = 4u << 20;     // 4 MiB per file
  std::size_t max_depth = 64;           // nested collections
  std::size_t max_nodes = 200'000;      // nodes once aliases are expanded
};

// Owns every node; node pointers stay valid for the document's lifetime (moves included).
struct Document {
  std::deque<Node> nodes;
  const Node* root = nullptr;  // nullptr: empty file, or nothing usable was parsed
};

struct ParseResult {
  Document document;
  std::vector<Problem> problems;  // yaml-syntax, duplicate-key, bad-encoding, too-deep
};

// Checks the raw bytes (encoding, size) and parses the single document they hold.
// Never throws; on a fatal problem `document.root` is nullptr.
ParseResult parse(std::string_view bytes, const Limits& limits = {});

}  // namespace efc::yaml
