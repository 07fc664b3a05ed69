// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

void create_routine(Operations& ops, const Routine& routine) {
  ops.put(CreateRoutine{routine});
  comment_created(ops, routine_ref(routine.name), routine.comment);
}

void diff_routines(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.routines, to.routines, [&](const Routine& routine) { ops.put(DropRoutine{routine}); },
      [&](const Routine& routine) { create_routine(ops, routine); },
      [&](const Routine& before, const Routine& after) {
        if (!equal_but_comment(before, after)) {
          // CREATE OR REPLACE cannot turn a function into a procedure or change what a
          // function returns.
          if (before.kind != after.kind || before.result != after.result) {
            return Alteration::recreate;
          }
          ops.put(ReplaceRoutine{before, after});
        }
        set_comment(ops, routine_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
