// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

/// Whether `before` appears in `after` in the same relative order (labels only added).
bool is_subsequence(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  auto next = after.begin();
  for (const std::string& label : before) {
    next = std::find(next, after.end(), label);
    if (next == after.end()) {
      return false;
    }
    ++next;
  }
  return true;
}

/// One ADD VALUE per new label, each placed next to a neighbour from the new order.
/// Labels after the first old one go AFTER their predecessor; labels in front of every
/// old one go BEFORE their successor. Either way a neighbour that is itself new is added
/// first, so the neighbours form chains the planner can follow, never a cycle.
void add_values(const EnumType& from, const EnumType& to, Operations& ops) {
  const std::set<std::string> old_labels(from.labels.begin(), from.labels.end());
  const auto first_old = std::find_if(to.labels.begin(), to.labels.end(),
                                      [&](const std::string& label) { return old_labels.contains(label); });
  const auto first_old_index = static_cast<std::size_t>(first_old - to.labels.begin());
  for (std::size_t i = 0; i < to.labels.size(); ++i) {
    const std::string& label = to.labels[i];
    if (old_labels.contains(label)) {
      continue;
    }
    AddEnumValue add{to.name, label, std::nullopt, std::nullopt};
    if (i < first_old_index && first_old != to.labels.end()) {
      add.before = to.labels[i + 1];
    } else if (i > 0) {
      add.after = to.labels[i - 1];
    }
    ops.put(std::move(add));
  }
}

bool names_enum(const std::string& column_type, const QualifiedName& type) {
  // format_type prints the qualified name, quoted where needed, and `[]` for arrays of
  // any dimension.
  const std::string name = display_name(type);
  return column_type == name || column_type == name + "[]";
}

/// The columns ReplaceEnum re-types: those of `from` that use the enum and keep using
/// it. Columns of dropped tables, dropped columns and columns re-typed to something
/// else are changed by their own operations; a partition's column follows its parent.
std::vector<EnumColumnUse> enum_uses(const SchemaModel& from, const EnumType& type, const Operations& ops) {
  std::set<ObjectRef> by_dependency;
  for (const Dependency& dependency : from.dependencies) {
    if (dependency.dependent.kind == ObjectKind::column && dependency.referenced == type_ref(type.name)) {
      by_dependency.insert(dependency.dependent);
    }
  }
  std::vector<EnumColumnUse> uses;
  for (const auto& [name, table] : from.tables) {
    if (ops.contains<DropTable>(table_ref(name))) {
      continue;
    }
    for (const Column& column : table.columns) {
      const ObjectRef ref = column_ref(name, column.name);
      if (!names_enum(column.type, type.name) && !by_dependency.contains(ref)) {
        continue;
      }
      if (ops.contains<DropColumn>(ref)) {
        continue;
      }
      const auto* alter = ops.find<AlterColumn>(ref);
      if (alter != nullptr && alter->change.type) {
        continue;
      }
      if (table.partition_of) {
        const auto parent = from.tables.find(table.partition_of->parent);
        if (parent != from.tables.end() && find_column(parent->second, column.name) != nullptr) {
          continue;
        }
      }
      uses.push_back(EnumColumnUse{name, column});
    }
  }
  return uses;
}

}  // namespace

void diff_enums(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.enums, to.enums, [&](const EnumType& type) { ops.put(DropEnum{type}); },
      [&](const EnumType& type) {
        ops.put(CreateEnum{type});
        comment_created(ops, type_ref(type.name), type.comment);
      },
      [&](const EnumType& before, const EnumType& after) {
        if (before.labels == after.labels) {
          set_comment(ops, type_ref(after.name), before.comment, after.comment);
          return Alteration::in_place;
        }
        if (is_subsequence(before.labels, after.labels)) {
          add_values(before, after, ops);
          set_comment(ops, type_ref(after.name), before.comment, after.comment);
          return Alteration::in_place;
        }
        ops.put(ReplaceEnum{before, after, enum_uses(from, before, ops)});
        // The replacement is a new type, which starts without a comment.
        comment_created(ops, type_ref(after.name), after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
