// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

void diff_range_types(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.range_types, to.range_types, [&](const RangeType& type) { ops.put(DropRangeType{type}); },
      [&](const RangeType& type) {
        ops.put(CreateRangeType{type});
        comment_created(ops, range_type_ref(type.name), type.comment);
      },
      [&](const RangeType& before, const RangeType& after) {
        if (equal_but_comment(before, after)) {
          set_comment(ops, range_type_ref(after.name), before.comment, after.comment);
          return Alteration::in_place;
        }
        ops.put(ReplaceRangeType{before, after, type_column_uses(from, range_type_ref(before.name), ops)});
        // The replacement is a new type, which starts without a comment.
        comment_created(ops, range_type_ref(after.name), after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
