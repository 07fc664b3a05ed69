// SPDX-License-Identifier: MIT
#include <algorithm>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

/// CREATE OR REPLACE VIEW may only append output columns: the existing ones must keep
/// their names and types, in order.
bool extends_columns(const View& from, const View& to) {
  if (to.columns.size() < from.columns.size()) {
    return false;
  }
  return std::equal(from.columns.begin(), from.columns.end(), to.columns.begin());
}

}  // namespace

void create_view(Operations& ops, const View& view) {
  ops.put(CreateView{view});
  comment_created(ops, view_ref(view.name), view.comment);
}

void create_materialized_view(Operations& ops, const View& view) {
  ops.put(CreateMaterializedView{view});
  comment_created(ops, materialized_view_ref(view.name), view.comment);
}

void diff_views(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.views, to.views, [&](const View& view) { ops.put(DropView{view}); },
      [&](const View& view) { create_view(ops, view); },
      [&](const View& before, const View& after) {
        if (!equal_but_comment(before, after)) {
          if (!extends_columns(before, after)) {
            return Alteration::recreate;
          }
          ops.put(ReplaceView{before, after});
        }
        set_comment(ops, view_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
  // A materialized view has no CREATE OR REPLACE; its indexes go with it and are created
  // again by the dependents expansion.
  diff_maps(
      from.materialized_views, to.materialized_views,
      [&](const View& view) { ops.put(DropMaterializedView{view}); },
      [&](const View& view) { create_materialized_view(ops, view); },
      [&](const View& before, const View& after) {
        if (!equal_but_comment(before, after)) {
          return Alteration::recreate;
        }
        set_comment(ops, materialized_view_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
