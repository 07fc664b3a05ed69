// SPDX-License-Identifier: MIT
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

void load_attributes(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("composite_attributes");
  const Field relation_oid(result, "relation");
  const Field name(result, "name");
  const Field type(result, "type");
  const Field collation(result, "collation");
  for (const auto& row : result.rows()) {
    const Relation* relation = catalog.find_relation(relation_oid.oid(row));
    if (relation == nullptr || relation->ref.kind != ObjectKind::composite_type) {
      continue;  // a type the model leaves out
    }
    const auto composite = catalog.model.composite_types.find(relation->ref.name);
    if (composite == catalog.model.composite_types.end()) {
      continue;
    }
    composite->second.attributes.push_back(CompositeAttribute{
        .name = name.text(row), .type = type.text(row), .collation = collation.optional_text(row)});
  }
}

}  // namespace

// The type's pg_class entry is registered as a relation standing for the type: pg_depend
// records its attributes' types against that entry, column by column.
void load_composite_types(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("composite_types");
  const Field oid(result, "oid");
  const Field array_oid(result, "array_oid");
  const Field relation(result, "relation");
  const Field schema(result, "schema");
  const Field name(result, "name");
  for (const auto& row : result.rows()) {
    CompositeType type{.name = {schema.text(row), name.text(row)}, .attributes = {}, .comment = std::nullopt};
    const ObjectRef ref = object_ref(ObjectKind::composite_type, type.name);
    catalog.user_types.emplace(oid.oid(row), ref);
    if (const Oid array = array_oid.oid(row); array != 0) {
      catalog.user_types.emplace(array, ref);
    }
    catalog.relations.emplace(relation.oid(row), Relation(ref));
    catalog.model.composite_types.emplace(type.name, std::move(type));
  }
  load_attributes(catalog);
}

}  // namespace schemadiff::introspection
