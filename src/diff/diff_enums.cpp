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
        ops.put(ReplaceEnum{before, after, type_column_uses(from, type_ref(before.name), ops)});
        // The replacement is a new type, which starts without a comment.
        comment_created(ops, type_ref(after.name), after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
