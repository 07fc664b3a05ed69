// SPDX-License-Identifier: MIT
#include "schemadiff/model/rename.hpp"

#include <array>
#include <utility>

namespace schemadiff {
namespace {

constexpr std::array<std::pair<RenameKind, std::string_view>, 8> k_kind_names{{
    {RenameKind::table, "table"},
    {RenameKind::column, "column"},
    {RenameKind::index, "index"},
    {RenameKind::constraint, "constraint"},
    {RenameKind::enum_type, "enum"},
    {RenameKind::enum_label, "enum-label"},
    {RenameKind::view, "view"},
    {RenameKind::function, "function"},
}};

bool names_a_member(RenameKind kind) {
  return kind == RenameKind::column || kind == RenameKind::constraint || kind == RenameKind::enum_label;
}

}  // namespace

std::string_view to_string(RenameKind kind) {
  for (const auto& [known, name] : k_kind_names) {
    if (known == kind) {
      return name;
    }
  }
  return "unknown";
}

std::optional<RenameKind> parse_rename_kind(std::string_view text) {
  for (const auto& [kind, name] : k_kind_names) {
    if (name == text) {
      return kind;
    }
  }
  return std::nullopt;
}

Rename reversed(const Rename& rename) {
  Rename result = rename;
  std::swap(result.from, result.to);
  if (!names_a_member(rename.kind)) {
    result.object.name = result.to;
  }
  return result;
}

std::string describe(const Rename& rename) {
  std::string text(to_string(rename.kind));
  text += ' ';
  if (names_a_member(rename.kind)) {
    const std::string member =
        rename.kind == RenameKind::enum_label ? "'" + rename.from + "'" : quote_ident_if_needed(rename.from);
    const std::string to =
        rename.kind == RenameKind::enum_label ? "'" + rename.to + "'" : quote_ident_if_needed(rename.to);
    return text + display_name(rename.object) + "." + member + " -> " + to;
  }
  return text + display_name(QualifiedName{rename.object.schema, rename.from}) + " -> " +
         quote_ident_if_needed(rename.to);
}

}  // namespace schemadiff
