// SPDX-License-Identifier: MIT
#include "schemadiff/load/rename_hints.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "schemadiff/error.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/sql/position.hpp"
#include "schemadiff/sql/tokens.hpp"

namespace schemadiff {
namespace {

using SqlToken = sql::Token;
using Kind = SqlToken::Kind;

constexpr std::string_view k_marker = "schemadiff:renamed-from";
constexpr std::string_view k_default_schema = "public";

class File {
 public:
  File(std::string path, std::string text)
      : m_path(std::move(path)), m_text(std::move(text)), m_tokens(sql::scan(m_text, m_path)) {}

  const std::vector<SqlToken>& tokens() const { return m_tokens; }
  std::string_view text(const SqlToken& token) const {
    return token.text(m_text);
  }
  std::string where(std::size_t offset) const {
    const auto [line, column] = line_and_column(m_text, offset);
    return fmt::format("{}:{}:{}", m_path, line, column);
  }
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    throw ModelError(where(offset), message);
  }

 private:
  std::string m_path;
  std::string m_text;
  std::vector<SqlToken> m_tokens;
};

bool is_word(const File& file, const SqlToken& token, std::string_view word) {
  if (token.kind != Kind::keyword && token.kind != Kind::identifier) {
    return false;
  }
  const std::string_view text = file.text(token);
  return text.size() == word.size() && std::equal(text.begin(), text.end(), word.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

// The tokens of one statement, comments left out.
struct Statement {
  std::vector<const SqlToken*> tokens;
  std::size_t pos = 0;

  const SqlToken* peek(std::size_t ahead = 0) const {
    return pos + ahead < tokens.size() ? tokens[pos + ahead] : nullptr;
  }
  bool accept(const File& file, std::string_view word) {
    if (peek() != nullptr && is_word(file, *peek(), word)) {
      ++pos;
      return true;
    }
    return false;
  }
};

// schema.name or name at the statement's cursor.
std::optional<QualifiedName> read_qualified(const File& file, Statement& statement) {
  const SqlToken* first = statement.peek();
  if (first == nullptr || !first->is_word()) {
    return std::nullopt;
  }
  ++statement.pos;
  const SqlToken* dot = statement.peek();
  const SqlToken* second = statement.peek(1);
  if (dot != nullptr && dot->is_punctuation('.') && second != nullptr && second->is_word()) {
    statement.pos += 2;
    return QualifiedName{sql::identifier_name(file.text(*first)), sql::identifier_name(file.text(*second))};
  }
  return QualifiedName{std::string(k_default_schema), sql::identifier_name(file.text(*first))};
}

struct Target {
  RenameKind kind;
  QualifiedName object;  ///< the object, or the owner of a member
  std::string member;    ///< the member's new name, for members
};

// What a statement that starts with the hinted token creates.
std::optional<Target> statement_target(const File& file, Statement s) {
  if (s.accept(file, "alter")) {
    if (!s.accept(file, "table")) {
      return std::nullopt;
    }
    if (s.accept(file, "if")) {
      s.accept(file, "exists");
    }
    s.accept(file, "only");
    const auto table = read_qualified(file, s);
    if (!table || !s.accept(file, "add") || !s.accept(file, "constraint") || s.peek() == nullptr) {
      return std::nullopt;
    }
    return Target{RenameKind::constraint, *table, sql::identifier_name(file.text(*s.peek()))};
  }
  if (!s.accept(file, "create")) {
    return std::nullopt;
  }
  if (s.accept(file, "or")) {
    s.accept(file, "replace");
  }
  for (const char* modifier : {"temp", "temporary", "unlogged", "recursive", "unique"}) {
    s.accept(file, modifier);
  }
  std::optional<RenameKind> kind;
  if (s.accept(file, "table")) {
    kind = RenameKind::table;
  } else if (s.accept(file, "index")) {
    kind = RenameKind::index;
    s.accept(file, "concurrently");
  } else if (s.accept(file, "type")) {
    kind = RenameKind::enum_type;
  } else if (s.accept(file, "view")) {
    kind = RenameKind::view;
  } else if (s.accept(file, "materialized")) {
    kind = s.accept(file, "view") ? std::optional(RenameKind::view) : std::nullopt;
  } else if (s.accept(file, "function") || s.accept(file, "procedure")) {
    kind = RenameKind::function;
  }
  if (!kind) {
    return std::nullopt;
  }
  if (s.accept(file, "if")) {
    s.accept(file, "not");
    s.accept(file, "exists");
  }
  auto name = read_qualified(file, s);
  if (!name) {
    return std::nullopt;
  }
  if (*kind == RenameKind::enum_type && !(s.accept(file, "as") && s.accept(file, "enum"))) {
    return std::nullopt;
  }
  return Target{*kind, *name, {}};
}

// What the hinted token starts inside a statement: a column or constraint of CREATE TABLE,
// a label of CREATE TYPE ... AS ENUM, a constraint of ALTER TABLE ... ADD CONSTRAINT.
std::optional<Target> member_target(const File& file, Statement s, std::size_t hinted) {
  const std::optional<Target> owner = statement_target(file, s);
  if (!owner) {
    return std::nullopt;
  }
  int depth = 0;
  for (std::size_t i = 0; i < hinted; ++i) {
    depth += s.tokens[i]->is_punctuation('(') ? 1 : s.tokens[i]->is_punctuation(')') ? -1 : 0;
  }
  const SqlToken& token = *s.tokens[hinted];
  const SqlToken* next = hinted + 1 < s.tokens.size() ? s.tokens[hinted + 1] : nullptr;
  if (owner->kind == RenameKind::constraint && is_word(file, token, "add")) {
    return owner;
  }
  if (depth != 1) {
    return std::nullopt;
  }
  if (owner->kind == RenameKind::table) {
    if (is_word(file, token, "constraint")) {
      if (next == nullptr || !next->is_word()) {
        return std::nullopt;
      }
      return Target{RenameKind::constraint, owner->object, sql::identifier_name(file.text(*next))};
    }
    for (const char* unnamed : {"primary", "unique", "check", "foreign", "exclude", "like"}) {
      if (token.kind == Kind::keyword && is_word(file, token, unnamed)) {
        return std::nullopt;
      }
    }
    if (token.is_word()) {
      return Target{RenameKind::column, owner->object, sql::identifier_name(file.text(token))};
    }
  }
  if (owner->kind == RenameKind::enum_type && token.kind == Kind::string) {
    return Target{RenameKind::enum_label, owner->object, sql::string_value(file.text(token))};
  }
  return std::nullopt;
}

// OLD as the hint writes it: a label (quoted or bare) for enum labels, else a name.
std::optional<QualifiedName> parse_old_name(const std::string& old_text, RenameKind kind, const std::string& where) {
  const std::vector<SqlToken> tokens = sql::scan(old_text, where);
  const auto text = [&](const SqlToken& t) { return t.text(old_text); };
  if (kind == RenameKind::enum_label) {
    if (tokens.size() == 1 && tokens[0].kind == Kind::string) {
      return QualifiedName{{}, sql::string_value(text(tokens[0]))};
    }
    return QualifiedName{{}, old_text};
  }
  if (tokens.size() == 1 && tokens[0].is_word()) {
    return QualifiedName{{}, sql::identifier_name(text(tokens[0]))};
  }
  if (tokens.size() == 3 && tokens[0].is_word() && tokens[1].is_punctuation('.') && tokens[2].is_word()) {
    return QualifiedName{sql::identifier_name(text(tokens[0])), sql::identifier_name(text(tokens[2]))};
  }
  return std::nullopt;
}

bool names_a_member(RenameKind kind) {
  return kind == RenameKind::column || kind == RenameKind::constraint || kind == RenameKind::enum_label;
}

void read_file_hints(const ModelFile& model_file, std::vector<Rename>& renames,
                     std::map<Rename, std::string>& seen_targets) {
  const File file(model_file.path, model_file.text);
  const std::vector<SqlToken>& tokens = file.tokens();
  std::size_t statement_begin = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].is_punctuation(';')) {
      statement_begin = i + 1;
      continue;
    }
    if (tokens[i].kind != Kind::comment) {
      continue;
    }
    std::string_view comment = file.text(tokens[i]);
    if (!comment.starts_with("--")) {
      continue;
    }
    comment.remove_prefix(2);
    const std::size_t marker = comment.find_first_not_of(" \t");
    if (marker == std::string_view::npos || comment.substr(marker, k_marker.size()) != k_marker) {
      continue;
    }
    std::string old_text(comment.substr(marker + k_marker.size()));
    old_text.erase(0, old_text.find_first_not_of(" \t"));
    old_text.erase(old_text.find_last_not_of(" \t\r") + 1);
    const std::string where = file.where(tokens[i].start);
    if (old_text.empty()) {
      file.fail(tokens[i].start, "a schemadiff:renamed-from hint needs the old name");
    }

    Statement statement;
    std::size_t hinted = std::string::npos;
    for (std::size_t j = statement_begin; j < tokens.size() && !tokens[j].is_punctuation(';'); ++j) {
      if (tokens[j].kind == Kind::comment) {
        continue;
      }
      if (j > i && hinted == std::string::npos) {
        hinted = statement.tokens.size();
      }
      statement.tokens.push_back(&tokens[j]);
    }
    std::optional<Target> target;
    if (hinted == 0) {
      target = statement_target(file, statement);
    } else if (hinted != std::string::npos) {
      target = member_target(file, statement, hinted);
    }
    if (!target) {
      file.fail(tokens[i].start,
                "a schemadiff:renamed-from hint must be on the line before CREATE TABLE, CREATE INDEX, CREATE TYPE "
                "... AS ENUM, CREATE VIEW, CREATE MATERIALIZED VIEW, CREATE FUNCTION or PROCEDURE, ALTER TABLE ... "
                "ADD CONSTRAINT, a column or named constraint of CREATE TABLE, or a label of an enum");
    }
    const std::optional<QualifiedName> old_name = parse_old_name(old_text, target->kind, where);
    if (!old_name) {
      file.fail(tokens[i].start, fmt::format("cannot read \"{}\" as the old name", old_text));
    }
    Rename rename{target->kind, target->object, old_name->name, target->member};
    if (!names_a_member(target->kind)) {
      rename.to = target->object.name;
      if (!old_name->schema.empty() && old_name->schema != target->object.schema) {
        file.fail(tokens[i].start, fmt::format("{} cannot be renamed from another schema ({}): renames stay "
                                               "within a schema",
                                               display_name(target->object), old_name->schema));
      }
    } else if (!old_name->schema.empty()) {
      file.fail(tokens[i].start, "the old name of a column, constraint or label is not qualified");
    }
    Rename key = rename;
    key.from.clear();
    const auto [existing, inserted] = seen_targets.emplace(key, where);
    if (!inserted) {
      const std::string target_name = names_a_member(rename.kind)
                                          ? display_name(rename.object) + "." + quote_ident_if_needed(rename.to)
                                          : display_name(rename.object);
      file.fail(tokens[i].start, fmt::format("{} {} already has a schemadiff:renamed-from hint at {}",
                                             to_string(rename.kind), target_name, existing->second));
    }
    renames.push_back(std::move(rename));
  }
}

}  // namespace

std::vector<Rename> rename_hints(const std::vector<ModelFile>& files) {
  std::vector<Rename> renames;
  std::map<Rename, std::string> seen_targets;
  for (const ModelFile& file : files) {
    read_file_hints(file, renames, seen_targets);
  }
  return renames;
}

std::vector<Rename> read_rename_hints(const std::string& location) { return rename_hints(read_model_files(location)); }

}  // namespace schemadiff
