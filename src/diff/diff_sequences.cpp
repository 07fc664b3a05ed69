// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

void create_sequence(Operations& ops, const Sequence& sequence) {
  // CREATE SEQUENCE cannot name an owner that does not exist yet, so OWNED BY is a
  // separate ALTER SEQUENCE the planner can put after the owning table.
  Sequence unowned = sequence;
  unowned.owned_by.reset();
  ops.put(CreateSequence{unowned});
  if (sequence.owned_by) {
    ops.put(AlterSequence{unowned, sequence});
  }
  comment_created(ops, sequence_ref(sequence.name), sequence.comment);
}

void diff_sequences(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  // A sequence that vanishes with the column it is OWNED BY is settled by the dependents
  // expansion, which knows which columns are dropped.
  diff_maps(
      from.sequences, to.sequences, [&](const Sequence& sequence) { ops.put(DropSequence{sequence}); },
      [&](const Sequence& sequence) { create_sequence(ops, sequence); },
      [&](const Sequence& before, const Sequence& after) {
        if (!equal_but_comment(before, after)) {
          ops.put(AlterSequence{before, after});
        }
        set_comment(ops, sequence_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
