// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

void create_trigger(Operations& ops, const Trigger& trigger) {
  ops.put(CreateTrigger{trigger});
  comment_created(ops, trigger_ref(trigger.name), trigger.comment);
}

void diff_triggers(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  // Triggers of dropped tables and views vanish with them; the dependents expansion
  // removes their drops.
  diff_maps(
      from.triggers, to.triggers, [&](const Trigger& trigger) { ops.put(DropTrigger{trigger}); },
      [&](const Trigger& trigger) { create_trigger(ops, trigger); },
      [&](const Trigger& before, const Trigger& after) {
        if (!equal_but_comment(before, after)) {
          return Alteration::recreate;
        }
        set_comment(ops, trigger_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
