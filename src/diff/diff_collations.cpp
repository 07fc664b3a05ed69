// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

// A collation has nothing to alter in place (only its name, owner and schema): any other
// change is a drop and a create.
void diff_collations(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.collations, to.collations, [&](const Collation& collation) { ops.put(DropCollation{collation}); },
      [&](const Collation& collation) {
        ops.put(CreateCollation{collation});
        comment_created(ops, collation_ref(collation.name), collation.comment);
      },
      [&](const Collation& before, const Collation& after) {
        if (!equal_but_comment(before, after)) {
          return Alteration::recreate;
        }
        set_comment(ops, collation_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
