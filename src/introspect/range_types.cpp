// SPDX-License-Identifier: MIT
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {

void load_range_types(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("range_types");
  const Field oid(result, "oid");
  const Field array_oid(result, "array_oid");
  const Field multirange_oid(result, "multirange_oid");
  const Field multirange_array_oid(result, "multirange_array_oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field subtype(result, "subtype");
  const Field subtype_opclass(result, "subtype_opclass");
  const Field collation(result, "collation");
  const Field canonical(result, "canonical");
  const Field subtype_diff(result, "subtype_diff");
  const Field multirange_schema(result, "multirange_schema");
  const Field multirange_name(result, "multirange_name");
  for (const auto& row : result.rows()) {
    RangeType type{.name = {schema.text(row), name.text(row)},
                   .subtype = subtype.text(row),
                   .subtype_opclass = subtype_opclass.optional_text(row),
                   .collation = collation.optional_text(row),
                   .canonical = canonical.optional_text(row),
                   .subtype_diff = subtype_diff.optional_text(row),
                   .multirange_type = std::nullopt,
                   .comment = std::nullopt};
    if (!multirange_name.is_null(row)) {
      type.multirange_type = QualifiedName{multirange_schema.text(row), multirange_name.text(row)};
    }
    const ObjectRef ref = object_ref(ObjectKind::range_type, type.name);
    // Columns of the array, multirange and multirange array types depend on those types,
    // which stand for the range here.
    catalog.user_types.emplace(oid.oid(row), ref);
    for (const Field* other : {&array_oid, &multirange_oid, &multirange_array_oid}) {
      if (!other->is_null(row) && other->oid(row) != 0) {
        catalog.user_types.emplace(other->oid(row), ref);
      }
    }
    catalog.model.range_types.emplace(type.name, std::move(type));
  }
}

}  // namespace schemadiff::introspection
