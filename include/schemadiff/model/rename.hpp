// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

/// What a rename hint can name: the kinds whose rename PostgreSQL does in place, keeping
/// the data and everything that refers to the object by OID.
enum class RenameKind { table, column, index, constraint, enum_type, enum_label, view, function };

/// "This object used to be called `from`": a `-- schemadiff:renamed-from` hint in a model
/// file or a `--rename` flag. Renames stay within a schema.
///
/// `object` names what the rename lives in, as the wanted schema names it: for a column or
/// constraint its table, for an enum label its type, otherwise the renamed object itself
/// (whose name in `object` is the new one). `from` is the old name of the object or member,
/// `to` the new one (equal to `object.name` for the object kinds).
struct Rename {
  RenameKind kind = RenameKind::table;
  QualifiedName object;
  std::string from;
  std::string to;

  auto operator<=>(const Rename&) const = default;
  bool operator==(const Rename&) const = default;
};

/// The kind as hints and `--rename` spell it: table, column, index, constraint, enum,
/// enum-label, view, function.
std::string_view to_string(RenameKind kind);
std::optional<RenameKind> parse_rename_kind(std::string_view text);

/// The same rename read the other way, for the downgrade: `from` and `to` swapped.
Rename reversed(const Rename& rename);

/// `table public.zones -> camera_zones`, for messages.
std::string describe(const Rename& rename);

}  // namespace schemadiff
