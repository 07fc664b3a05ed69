// SPDX-License-Identifier: MIT
#include "schemadiff/model/qualified_name.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace schemadiff {
namespace {

// PostgreSQL's reserved keywords (those that can never be a bare column or table name).
constexpr std::array<std::string_view, 77> k_reserved = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
    "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
    "column", "concurrently", "constraint", "create", "cross", "current_catalog",
    "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
    "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except",
    "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having",
    "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral",
    "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not",
    "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing",
    "primary", "references"};

constexpr std::array<std::string_view, 20> k_reserved_tail = {
    "returning", "right", "select", "session_user", "similar", "some", "symmetric",
    "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union", "unique",
    "user", "using", "variadic", "verbose"};

bool is_reserved(std::string_view word) {
  const auto in = [word](const auto& list) {
    return std::find(list.begin(), list.end(), word) != list.end();
  };
  return in(k_reserved) || in(k_reserved_tail) || word == "when" || word == "where" ||
         word == "window" || word == "with";
}

bool is_plain(std::string_view ident) {
  if (ident.empty() || !(std::islower(static_cast<unsigned char>(ident[0])) || ident[0] == '_')) {
    return false;
  }
  return std::all_of(ident.begin(), ident.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::islower(u) || std::isdigit(u) || c == '_' || c == '$';
  });
}

}  // namespace

std::string quote_ident_if_needed(const std::string& ident) {
  if (is_plain(ident) && !is_reserved(ident)) {
    return ident;
  }
  std::string quoted = "\"";
  for (char c : ident) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string display_name(const QualifiedName& name) {
  if (name.schema.empty()) {
    return quote_ident_if_needed(name.name);
  }
  return quote_ident_if_needed(name.schema) + "." + quote_ident_if_needed(name.name);
}

std::string display_name(const MemberName& name) {
  return display_name(name.owner) + "." + quote_ident_if_needed(name.name);
}

std::string display_name(const RoutineName& name) {
  return display_name(name.name) + "(" + name.arguments + ")";
}

}  // namespace schemadiff
