// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

/// A sequence OWNED BY a column belongs to its table's owner: PostgreSQL refuses to give
/// it another one and moves it along with ALTER TABLE ... OWNER TO.
bool follows_table(const SchemaModel& model, const ObjectRef& ref) {
  if (ref.kind != ObjectKind::sequence) {
    return false;
  }
  const auto found = model.sequences.find(ref.name);
  return found != model.sequences.end() && found->second.owned_by.has_value();
}

}  // namespace

void diff_owners(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  for (const auto& [target, owner] : to.owners) {
    if (!exists_in(to, target) || follows_table(to, target)) {
      continue;
    }
    // A created object belongs to whoever runs the migration, which the model cannot know.
    if (is_created(ops, target)) {
      ops.put(SetOwner{target, {}, owner});
      continue;
    }
    const auto before = from.owners.find(target);
    if (before != from.owners.end() && before->second != owner) {
      ops.put(SetOwner{target, before->second, owner});
    }
  }
}

}  // namespace schemadiff::diff_detail
