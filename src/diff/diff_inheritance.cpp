// SPDX-License-Identifier: MIT
// INHERITS parents of a table that stays: ALTER TABLE ... INHERIT / NO INHERIT, and the
// columns and CHECKs that move between the child's own and its inherited ones with them.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

bool is_inheritable_check(const Constraint& constraint) {
  const auto* check = std::get_if<Check>(&constraint.kind);
  return check != nullptr && !check->no_inherit;
}

void collect_inherited(const SchemaModel& model, const QualifiedName& table, std::set<QualifiedName>& seen,
                       std::vector<Column>& columns, std::vector<Constraint>& checks) {
  if (!seen.insert(table).second) {
    return;
  }
  const auto found = model.tables.find(table);
  if (found == model.tables.end()) {
    return;
  }
  // A parent's own inherited columns come first in PostgreSQL's order too.
  for (const QualifiedName& parent : found->second.inherits) {
    collect_inherited(model, parent, seen, columns, checks);
  }
  for (const Column& column : found->second.columns) {
    const bool known = std::any_of(columns.begin(), columns.end(),
                                   [&column](const Column& c) { return c.name == column.name; });
    if (!known) {
      columns.push_back(column);
    }
  }
  for (const auto& [name, constraint] : found->second.constraints) {
    if (is_inheritable_check(constraint)) {
      checks.push_back(constraint);
    }
  }
}

/// What a child gets from `parent`: its columns (its own and those it inherits) and its
/// inheritable CHECK constraints, as `model` has them.
struct Inherited {
  std::vector<Column> columns;
  std::vector<Constraint> checks;
};

Inherited inherited_from(const SchemaModel& model, const QualifiedName& parent) {
  Inherited inherited;
  std::set<QualifiedName> seen;
  collect_inherited(model, parent, seen, inherited.columns, inherited.checks);
  return inherited;
}

/// A column as the child must have it before INHERIT: its own copy of the parent's.
Column child_copy(const Column& parent_column) {
  Column column = parent_column;
  column.identity.reset();
  column.generated.reset();
  column.comment.reset();
  return column;
}

void erase_column(Table& table, const std::string& name) {
  std::erase_if(table.columns, [&name](const Column& column) { return column.name == name; });
}

}  // namespace

Table diff_inherits(const SchemaModel& from_model, const SchemaModel& to_model, const Table& from, const Table& to,
                    Operations& ops) {
  Table adjusted = from;
  if (from.inherits == to.inherits) {
    return adjusted;
  }
  // The parents up to the first difference stay; the rest are detached and attached in
  // order, since INHERIT always appends to the list.
  std::size_t kept = 0;
  while (kept < from.inherits.size() && kept < to.inherits.size() && from.inherits[kept] == to.inherits[kept]) {
    ++kept;
  }
  std::set<std::string> still_inherited;
  for (std::size_t i = 0; i < kept; ++i) {
    for (const Column& column : inherited_from(to_model, to.inherits[i]).columns) {
      still_inherited.insert(column.name);
    }
  }

  // NO INHERIT leaves the inherited columns and CHECKs in the child as its own.
  for (std::size_t i = kept; i < from.inherits.size(); ++i) {
    const QualifiedName& parent = from.inherits[i];
    ops.put(DropInherit{to.name, parent});
    const Inherited inherited = inherited_from(from_model, parent);
    for (const Column& column : inherited.columns) {
      if (!still_inherited.contains(column.name) && find_column(adjusted, column.name) == nullptr) {
        adjusted.columns.push_back(child_copy(column));
      }
    }
    for (const Constraint& check : inherited.checks) {
      adjusted.constraints.emplace(check.name, check);
    }
  }

  // INHERIT wants every column of the parent in the child already (NOT NULL where the
  // parent's is) and every inheritable CHECK under the same name; they become inherited.
  for (std::size_t i = kept; i < to.inherits.size(); ++i) {
    const QualifiedName& parent = to.inherits[i];
    ops.put(AddInherit{to.name, parent});
    const Inherited inherited = inherited_from(to_model, parent);
    for (const Column& column : inherited.columns) {
      if (still_inherited.contains(column.name)) {
        continue;
      }
      const Column* own = find_column(adjusted, column.name);
      if (own == nullptr) {
        ops.put(AddColumn{to.name, child_copy(column)});
        still_inherited.insert(column.name);
        continue;
      }
      if (column.not_null && !own->not_null) {
        Column not_null = *own;
        not_null.not_null = true;
        ops.put(AlterColumn{to.name, *own, not_null, ColumnChange{.not_null = true}});
      }
      erase_column(adjusted, column.name);
      still_inherited.insert(column.name);
    }
    for (const Constraint& check : inherited.checks) {
      if (!adjusted.constraints.contains(check.name)) {
        ops.put(AddConstraint{to.name, check});
      }
      adjusted.constraints.erase(check.name);
    }
  }
  adjusted.inherits = to.inherits;
  return adjusted;
}

}  // namespace schemadiff::diff_detail
