// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cctype>
#include <map>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

bool is_number(std::string_view text) {
  if (!text.empty() && text.front() == '-') {
    text.remove_prefix(1);
  }
  if (text.empty() || text.front() == '.' || text.back() == '.') {
    return false;
  }
  bool seen_point = false;
  return std::all_of(text.begin(), text.end(), [&seen_point](char c) {
    if (c == '.') {
      const bool first = !seen_point;
      seen_point = true;
      return first;
    }
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

// reloptions keep values as the user wrote them, unquoted: `fillfactor=70`,
// `check_option=local`. Numbers, booleans and plain words are valid bare in WITH/SET
// lists; anything else (spaces, capitals, punctuation, keywords) becomes a string
// literal, which every reloption accepts as well.
std::string option_value(const std::string& value) {
  if (is_number(value) || value == "true" || value == "false" || quote_ident_if_needed(value) == value) {
    return value;
  }
  return quote_literal(value);
}

}  // namespace

std::string strip_terminator(std::string_view text) {
  const auto is_trailing = [](char c) {
    return c == ';' || std::isspace(static_cast<unsigned char>(c)) != 0;
  };
  while (!text.empty() && is_trailing(text.back())) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (const std::string& part : parts) {
    if (!joined.empty()) {
      joined += separator;
    }
    joined += part;
  }
  return joined;
}

bool is_array_type(const std::string& type) { return type.size() >= 2 && type.compare(type.size() - 2, 2, "[]") == 0; }

Statements alter_tables(const std::vector<std::pair<QualifiedName, std::string>>& subcommands) {
  std::vector<QualifiedName> order;
  std::map<QualifiedName, std::vector<std::string>> by_table;
  for (const auto& [table, subcommand] : subcommands) {
    auto& list = by_table[table];
    if (list.empty()) {
      order.push_back(table);
    }
    list.push_back(subcommand);
  }
  Statements statements;
  for (const QualifiedName& table : order) {
    statements.push_back("ALTER TABLE " + quote_qualified(table) + " " + join(by_table[table], ", "));
  }
  return statements;
}

std::string option_key(const std::string& option) { return option.substr(0, option.find('=')); }

// Keys stay bare: reloption names are lower-case words, possibly namespaced
// (`toast.autovacuum_enabled`), and a quoted namespaced key is not recognized.
std::string render_options(const StorageParameters& options) {
  std::vector<std::string> rendered;
  rendered.reserve(options.size());
  for (const std::string& option : options) {
    const auto equals = option.find('=');
    if (equals == std::string::npos) {
      rendered.push_back(option);
      continue;
    }
    rendered.push_back(option.substr(0, equals) + "=" + option_value(option.substr(equals + 1)));
  }
  return join(rendered, ", ");
}

}  // namespace schemadiff::render_detail
