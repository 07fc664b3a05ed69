// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

void create_index(Operations& ops, const Index& index) {
  ops.put(CreateIndex{index});
  comment_created(ops, index_ref(index.name), index.comment);
}

void diff_indexes(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  // Indexes of dropped tables and materialized views vanish with them; the dependents
  // expansion removes their drops.
  diff_maps(
      from.indexes, to.indexes, [&](const Index& index) { ops.put(DropIndex{index}); },
      [&](const Index& index) { create_index(ops, index); },
      [&](const Index& before, const Index& after) {
        // No facet of an index (method, keys, predicate, INCLUDE, uniqueness, storage
        // parameters, table) can be changed in place.
        if (!equal_but_comment(before, after)) {
          return Alteration::recreate;
        }
        set_comment(ops, index_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
