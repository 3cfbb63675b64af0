#include "yaml/tree.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "text/utf8.hpp"
#include "yaml/encoding.hpp"
#include "yaml/explain.hpp"
#include "yaml/flow_guard.hpp"
#include "text/i18n.hpp"

namespace efc::yaml {

const Node* Node::find(std::string_view key) const {
  for (const auto& e : entries) {
    if (e.key->text == key) return e.value;
  }
  return nullptr;
}

namespace {

constexpr std::string_view kStringTag = "tag:yaml.org,2002:str";

// Thrown by the builder to stop yaml-cpp's parser; never leaves this file.
struct Stop {
  Problem problem;
};

// Character counts at any byte offset in near-constant time, from a checkpoint every kStep
// bytes: a position on a 4 MiB line costs what it costs on a short one.
class CharIndex {
 public:
  explicit CharIndex(std::string_view bytes) : bytes_(bytes) {
    checkpoints_.reserve(bytes.size() / kStep + 1);
    std::size_t chars = 0;
    for (std::size_t at = 0; at <= bytes.size(); at += kStep) {
      checkpoints_.push_back(chars);
      chars += text::char_count(bytes.substr(at, kStep));
    }
  }

  // Characters in bytes[0, offset); offsets past the end count as the end.
  std::size_t chars_before(std::size_t offset) const {
    offset = std::min(offset, bytes_.size());
    const std::size_t block = offset / kStep;
    return checkpoints_[block] + text::char_count(bytes_.substr(block * kStep, offset - block * kStep));
  }

 private:
  static constexpr std::size_t kStep = 64;
  std::string_view bytes_;
  std::vector<std::size_t> checkpoints_;
};

// Where the quoted text whose opening `quote` comes right before `rest` ends: the offset of
// its closing quote in `rest`, or npos ("\"" escapes in double quotes, '' in single quotes).
std::size_t quote_end(std::string_view rest, char quote) {
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (quote == '"' && rest[i] == '\\') {
      ++i;
    } else if (rest[i] == quote) {
      if (quote != '\'' || i + 1 >= rest.size() || rest[i + 1] != '\'') return i;
      ++i;
    }
  }
  return std::string_view::npos;
}

bool quote_closed(std::string_view rest, char quote) { return quote_end(rest, quote) != std::string_view::npos; }

// Whether the '[' or '{' at bytes[open] has its matching bracket. Quoted texts (a quote where a
// value starts) and comments are skipped; a doubt counts as closed, so "never closed" is only
// said when it is sure.
bool bracket_closed(std::string_view bytes, std::size_t open) {
  if (open >= bytes.size() || (bytes[open] != '[' && bytes[open] != '{')) return true;
  int depth = 0;
  char before = ' ';  // the last character that is not a space
  for (std::size_t i = open; i < bytes.size(); ++i) {
    const char c = bytes[i];
    const bool after_space = i == 0 || bytes[i - 1] == ' ' || bytes[i - 1] == '\t' || bytes[i - 1] == '\n';
    if ((c == '"' || c == '\'') && std::string_view("[{,:?").find(before) != std::string_view::npos) {
      const std::size_t end = quote_end(bytes.substr(i + 1), c);
      if (end == std::string_view::npos) return true;  // an unclosed quote: reported as such, not here
      i += 1 + end;
      before = c;
      continue;
    }
    if (c == '#' && after_space) {
      i = std::min(bytes.find('\n', i), bytes.size());
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && --depth == 0) return true;
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') before = c;
  }
  return false;
}

// Builds the tree from parser events, enforcing the limits as it goes.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view bytes, const Limits& limits, Document& doc, std::vector<Problem>& problems)
      : bytes_(bytes), chars_(bytes), limits_(limits), doc_(doc), problems_(problems) {}

  Pos to_pos(const YAML::Mark& m) const {
    if (m.is_null() || m.pos < 0 || m.line < 0 || m.column < 0) return {};
    const auto end = std::min(static_cast<std::size_t>(m.pos), bytes_.size());
    const auto width = std::min(static_cast<std::size_t>(m.column), end);
    return {m.line + 1, 1 + static_cast<int>(chars_.chars_before(end) - chars_.chars_before(end - width))};
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      throw Stop{{to_pos(mark), diag::Rule::BadEncoding,
                  text::tr("more than one YAML document in the file (a second '---'); keep one")}};
    }
  }
  void OnDocumentEnd() override {}

  void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_name_ = name; }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node& n = create(Kind::Null, mark, anchor);
    // yaml-cpp marks an empty mapping value at the next token; point at its key instead.
    if (!stack_.empty() && stack_.back().pending_key != nullptr) n.pos = stack_.back().pending_key->pos;
    attach(n);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw Stop{{to_pos(mark), diag::Rule::YamlSyntax, text::tr("alias to an unknown anchor")}};
    const Node* target = it->second;
    if (is_open(target)) {
      throw Stop{
          {to_pos(mark), diag::Rule::TooDeep, text::trf("alias *{} refers to a node that contains it", anchor_names_[anchor])}};
    }
    count_nodes(target->expanded_size, mark);
    attach(*target);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override {
    if (tag == "!") check_quote_closed(mark);
    Node& n = create(Kind::Scalar, mark, anchor);
    n.text = value;
    n.plain = tag == "?";
    if (n.plain) find_cut_comment(mark, n);
    if (tag != "?" && tag != "!" && tag != kStringTag) refuse_tag(n, tag);
    attach(n);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open_collection(Kind::Sequence, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close_collection(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open_collection(Kind::Mapping, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { close_collection(); }

  Pos last_pos() const { return last_pos_; }

  // The innermost collection of `kind` still being built: where it starts, and its byte
  // offset; an unknown position when there is none.
  std::pair<Pos, std::size_t> open_collection_of(Kind kind) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (it->node->kind == kind) return {it->node->pos, it->offset};
    }
    return {};
  }

 private:
  struct Frame {
    Node* node;
    const Node* pending_key = nullptr;
    std::unordered_map<std::string, Pos> keys;  // mapping keys seen, for duplicates
    std::size_t offset = 0;                     // byte offset of its first character
    bool flow = false;                          // written [...] or {...}
  };

  Node& create(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    count_nodes(1, mark);
    Node& n = doc_.nodes.emplace_back();
    n.kind = kind;
    n.pos = to_pos(mark);
    n.last = n.pos;
    last_pos_ = n.pos.known() ? n.pos : last_pos_;
    if (anchor != YAML::NullAnchor) {
      anchors_[anchor] = &n;
      anchor_names_[anchor] = pending_anchor_name_;
    }
    return n;
  }

  void count_nodes(std::size_t n, const YAML::Mark& mark) {
    total_nodes_ += n;
    if (total_nodes_ > limits_.max_nodes) {
      throw Stop{{to_pos(mark), diag::Rule::TooDeep,
                  text::trf("more than {} values once aliases are expanded; the file is too large", limits_.max_nodes)}};
    }
  }

  void open_collection(Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, bool flow) {
    if (stack_.size() >= limits_.max_depth) {
      throw Stop{{to_pos(mark), diag::Rule::TooDeep, text::trf("nesting deeper than {} levels", limits_.max_depth)}};
    }
    Node& n = create(kind, mark, anchor);
    if (tag != "?" && tag != "!") refuse_tag(n, tag);
    stack_.push_back(Frame{&n, nullptr, {}, mark.pos > 0 ? static_cast<std::size_t>(mark.pos) : 0, flow});
  }

  // A tag changes what a value means to other YAML readers (`!confidential`, `!!omap`,
  // `--- !secret`): efc reads none, so each is an error and its subtree is in doubt.
  void refuse_tag(Node& n, const std::string& tag) {
    n.tag = tag;
    n.flagged = true;
    const bool meant_secret = tag.find("confiden") != std::string::npos || tag.find("secret") != std::string::npos ||
                              tag.find("private") != std::string::npos || tag.find("group") != std::string::npos;
    const std::string_view advice = meant_secret ? text::tr("; to keep an item in the group, write 'confidential: true'") : "";
    problems_.push_back({n.pos, diag::Rule::BadType,
                         text::trf("YAML tags such as '{}' are not supported; remove the tag{}", tag, advice),
                         text::trf("YAML tags are not supported; remove the tag{}", advice)});
  }

  // yaml-cpp reads a quoted text that is never closed up to the end of the file, swallowing
  // every key after it without a word: refuse it at its opening quote.
  void check_quote_closed(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= bytes_.size()) return;
    const char quote = bytes_[static_cast<std::size_t>(mark.pos)];
    if (quote != '"' && quote != '\'') return;
    if (!quote_closed(bytes_.substr(static_cast<std::size_t>(mark.pos) + 1), quote)) {
      throw Stop{{to_pos(mark), diag::Rule::YamlSyntax, text::trf("this quoted text is never closed with {}", quote)}};
    }
  }

  // On the line of a plain scalar, the first " #" starts a comment; when the '#' is followed by
  // something other than a space (`#RDC`, `#2`), it was probably meant as text.
  void find_cut_comment(const YAML::Mark& mark, Node& n) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= bytes_.size()) return;
    const auto start = static_cast<std::size_t>(mark.pos);
    const std::size_t end = std::min(bytes_.find('\n', start), bytes_.size());
    const std::string_view line = bytes_.substr(start, end - start);
    std::size_t hash = 0;
    while ((hash = line.find('#', hash + 1)) != std::string_view::npos && line[hash - 1] != ' ' && line[hash - 1] != '\t') {
    }
    if (hash == std::string_view::npos || hash + 1 >= line.size()) return;
    // In [a, b #c] the comment follows b, not a.
    const bool in_flow = std::any_of(stack_.begin(), stack_.end(), [](const Frame& f) { return f.flow; });
    if (in_flow && line.substr(0, hash).find_first_of(",]}") != std::string_view::npos) return;
    const char next = line[hash + 1];
    if (next == ' ' || next == '\t' || next == '\r' || next == '#') return;
    const std::string_view rest = line.substr(hash);
    n.cut_word = std::string(rest.substr(0, std::min(rest.find_first_of(" \t\r"), rest.size())));
    n.cut_at = {n.pos.line, n.pos.column + static_cast<int>(chars_.chars_before(start + hash) - chars_.chars_before(start))};
  }

  // True while `n` is still being built: an alias to it would make a loop.
  bool is_open(const Node* n) const {
    return std::any_of(stack_.begin(), stack_.end(), [n](const Frame& f) { return f.node == n; });
  }

  void close_collection() {
    Node* n = stack_.back().node;
    stack_.pop_back();
    for (const Node* item : n->items) take_child(*n, *item);
    for (const auto& e : n->entries) {
      take_child(*n, *e.key);
      take_child(*n, *e.value);
    }
    attach(*n);
  }

  // What a finished collection learns from one of its children: size, extent, doubt.
  static void take_child(Node& parent, const Node& child) {
    parent.expanded_size += child.expanded_size;
    parent.flagged = parent.flagged || child.flagged;
    extend(parent, child);
  }

  // Makes `parent`'s extent reach the end of `child` (a dropped duplicate entry too).
  static void extend(Node& parent, const Node& child) {
    if (child.last.line > parent.last.line || (child.last.line == parent.last.line && child.last.column > parent.last.column)) {
      parent.last = child.last;
    }
  }

  // Puts a finished node into its parent (as a key, a value or an item) or makes it the root.
  void attach(const Node& n) {
    if (stack_.empty()) {
      doc_.root = &n;
      return;
    }
    Frame& f = stack_.back();
    if (f.node->kind == Kind::Sequence) {
      f.node->items.push_back(&n);
    } else if (f.pending_key == nullptr) {
      f.pending_key = &n;
    } else {
      add_entry(f, *f.pending_key, n);
      f.pending_key = nullptr;
    }
  }

  void add_entry(Frame& f, const Node& key, const Node& value) {
    if (!key.is_scalar()) {
      problems_.push_back(
          {key.pos, diag::Rule::BadType, text::tr("a key must be a plain text, not a list, a mapping or an empty value")});
      return;
    }
    const auto [it, inserted] = f.keys.emplace(key.text, key.pos);
    if (!inserted) {
      f.node->flagged = true;
      extend(*f.node, value);
      problems_.push_back(
          {key.pos, diag::Rule::DuplicateKey,
           text::trf("duplicate key '{}' (first at line {}, column {}); only one can be kept", key.text, it->second.line,
                     it->second.column),
           text::trf("duplicate key (first at line {}, column {}); only one can be kept", it->second.line, it->second.column)});
      return;
    }
    f.node->entries.push_back({&key, &value});
  }

  std::string_view bytes_;
  CharIndex chars_;
  const Limits& limits_;
  Document& doc_;
  std::vector<Problem>& problems_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, const Node*> anchors_;
  std::map<YAML::anchor_t, std::string> anchor_names_;
  std::string pending_anchor_name_;
  std::size_t total_nodes_ = 0;
  int documents_ = 0;
  Pos last_pos_{1, 1};
};

std::string_view strip_bom(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
}

// The position of a tab among the spaces that start line `line` (1-based), if there is one.
std::optional<Pos> indentation_tab(std::string_view bytes, int line) {
  std::size_t start = 0;
  for (int l = 1; l < line; ++l) {
    start = bytes.find('\n', start);
    if (start == std::string_view::npos) return std::nullopt;
    ++start;
  }
  const std::size_t indent_end = std::min(bytes.find_first_not_of(" \t", start), bytes.size());
  const std::size_t tab = bytes.substr(start, indent_end - start).find('\t');
  if (tab == std::string_view::npos) return std::nullopt;
  return Pos{line, static_cast<int>(tab) + 1};
}

Problem syntax_problem(const YAML::Exception& e, const TreeBuilder& builder, std::string_view bytes) {
  if (dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr) {
    // Its mark is where the scanner has read up to, often past the nesting: point at the last node.
    return {builder.last_pos(), diag::Rule::TooDeep, text::tr("nesting too deep for the YAML parser")};
  }
  // yaml-cpp notices an unclosed '[' or '{' where the file ends or the next key starts: point at the opener
  // (when the bracket is closed, something else inside is wrong: yaml-cpp's words stand).
  const bool open_list = e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW;
  if (open_list || e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW) {
    const auto [opener, offset] = builder.open_collection_of(open_list ? Kind::Sequence : Kind::Mapping);
    if (opener.known() && !bracket_closed(bytes, offset)) {
      return {
          opener, diag::Rule::YamlSyntax,
          open_list ? text::tr("this '[' list is never closed with ']'") : text::tr("this '{' mapping is never closed with '}'")};
    }
  }
  const Pos pos = builder.to_pos(e.mark);
  const Pos where = pos.known() ? pos : builder.last_pos();
  // yaml-cpp names a tab in the indentation in several obscure ways; say what it is.
  if (const auto tab = indentation_tab(bytes, where.line)) {
    return {*tab, diag::Rule::YamlSyntax, text::tr("a tab is used for indentation; YAML indents with spaces only")};
  }
  if (auto explained = explain_syntax(bytes, e.msg, where)) return std::move(*explained);
  return {where, diag::Rule::YamlSyntax, e.msg.empty() ? std::string(text::tr("invalid YAML")) : e.msg};
}

}  // namespace

ParseResult parse(std::string_view bytes, const Limits& limits) {
  ParseResult result;
  if (bytes.size() > limits.max_bytes) {
    result.problems.push_back(
        {{1, 1}, diag::Rule::TooDeep, text::trf("file larger than the limit of {} bytes", limits.max_bytes)});
    return result;
  }
  result.problems = check_encoding(bytes);
  if (!result.problems.empty()) return result;
  if (auto flow = check_flow_collections(strip_bom(bytes), limits)) {
    result.problems.push_back(std::move(*flow));
    return result;
  }

  const std::string_view content = strip_bom(bytes);
  std::istringstream stream{std::string(content)};
  TreeBuilder builder(content, limits, result.document, result.problems);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Stop& stop) {
    result.problems.push_back(stop.problem);
    result.document.root = nullptr;
  } catch (const YAML::Exception& e) {
    result.problems.push_back(syntax_problem(e, builder, content));
    result.document.root = nullptr;
  }
  return result;
}

}  // namespace efc::yaml
