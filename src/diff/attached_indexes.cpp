// SPDX-License-Identifier: MIT
// A stand-alone index on a partition that `to` no longer has, while an index of the same
// shape is created on an ancestor (or the partition is attached under one that has it):
// PostgreSQL attaches the existing index to the new parent index instead of building
// another one, after which it is part of the parent's index and cannot be dropped.
#include <map>
#include <vector>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

bool same_shape(const Index& a, const Index& b) {
  return a.method == b.method && a.uniqueness == b.uniqueness && a.nulls_not_distinct == b.nulls_not_distinct &&
         a.keys == b.keys && a.include == b.include && a.predicate == b.predicate;
}

/// The partitioned tables above `table` in `to`, nearest first, and whether the link to
/// each is made by this migration's ATTACH (or CREATE ... PARTITION OF).
struct Ancestor {
  QualifiedName table;
  bool newly_attached = false;
};

std::vector<Ancestor> ancestors(const SchemaModel& to, const QualifiedName& table, const Operations& ops) {
  std::vector<Ancestor> found;
  bool attached = false;
  QualifiedName current = table;
  for (;;) {
    const auto entry = to.tables.find(current);
    if (entry == to.tables.end() || !entry->second.partition_of) {
      return found;
    }
    attached = attached || ops.contains<AttachPartition>(table_ref(current));
    current = entry->second.partition_of->parent;
    found.push_back({current, attached});
    if (found.size() > to.tables.size()) {
      return found;  // a cycle cannot come from a catalog; stop rather than loop
    }
  }
}

/// Whether exactly one of `drops` (stand-alone indexes of one table) has `parent`'s shape.
const Index* single_match(const std::vector<const Index*>& drops, const Index& parent) {
  const Index* match = nullptr;
  for (const Index* index : drops) {
    if (!same_shape(*index, parent)) {
      continue;
    }
    if (match != nullptr) {
      return nullptr;
    }
    match = index;
  }
  return match;
}

}  // namespace

void settle_attached_indexes(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  std::map<QualifiedName, std::vector<const Index*>> drops_by_table;
  for (const auto& [name, index] : from.indexes) {
    if (!to.indexes.contains(name) && ops.contains<DropIndex>(index_ref(name)) && to.tables.contains(index.table)) {
      drops_by_table[index.table].push_back(&index);
    }
  }
  for (const auto& [table, drops] : drops_by_table) {
    for (const Ancestor& ancestor : ancestors(to, table, ops)) {
      for (const auto& [name, parent_index] : to.indexes) {
        if (parent_index.table != ancestor.table) {
          continue;
        }
        if (!ancestor.newly_attached && !ops.contains<CreateIndex>(index_ref(name))) {
          continue;
        }
        if (const Index* attached = single_match(drops, parent_index)) {
          ops.erase<DropIndex>(index_ref(attached->name));
        }
      }
    }
  }
}

}  // namespace schemadiff::diff_detail
