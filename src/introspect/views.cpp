// SPDX-License-Identifier: MIT
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

constexpr char k_materialized_view = 'm';

}  // namespace

void load_views(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("views");
  const Field oid(result, "oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field kind(result, "kind");
  const Field definition(result, "definition");
  const Field options(result, "options");

  for (const auto& row : result.rows()) {
    View view;
    view.name = {schema.text(row), name.text(row)};
    view.definition = definition.text(row);
    view.options = options.strings(row);
    const bool materialized = kind.code(row) == k_materialized_view;
    auto& views = materialized ? catalog.model.materialized_views : catalog.model.views;
    const QualifiedName key = view.name;
    auto [it, inserted] = views.emplace(key, std::move(view));
    Relation relation(
        object_ref(materialized ? ObjectKind::materialized_view : ObjectKind::view, key));
    relation.view = &it->second;
    catalog.relations.emplace(oid.oid(row), std::move(relation));
  }
}

}  // namespace schemadiff::introspection
