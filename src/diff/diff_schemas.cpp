// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

void diff_schemas(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.schemas, to.schemas, [&](const Schema& schema) { ops.put(DropSchema{schema}); },
      [&](const Schema& schema) {
        ops.put(CreateSchema{schema});
        comment_created(ops, schema_ref(schema.name), schema.comment);
      },
      [&](const Schema& before, const Schema& after) {
        // A schema has nothing but its name (the identity) and its comment.
        set_comment(ops, schema_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

void diff_extensions(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.extensions, to.extensions,
      [&](const Extension& extension) { ops.put(DropExtension{extension}); },
      [&](const Extension& extension) {
        ops.put(CreateExtension{extension});
        comment_created(ops, extension_ref(extension.name), extension.comment);
      },
      [&](const Extension& before, const Extension& after) {
        // Dropping an extension would take every column of its types with it, so a new
        // version or schema is always an in-place ALTER EXTENSION.
        if (!equal_but_comment(before, after)) {
          ops.put(AlterExtension{before, after});
        }
        set_comment(ops, extension_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
