// SPDX-License-Identifier: MIT
#include <algorithm>

#include "introspect/loaders.hpp"
#include "introspect/object_refs.hpp"

namespace schemadiff::introspection {

// Kept: dependencies between two objects of the model, column-level where pg_depend is
// (a view on a table's columns, a sequence OWNED BY a column, a column default using a
// sequence). Left out: an object's dependency on the relation it is part of (a column,
// constraint, trigger or index on its own table), which the model's structure already
// says, and self-references (a view's rule on its own view).
void load_dependencies(Catalog& catalog) {
  const ResultSet result = catalog.query("dependencies");
  const Field dependent_catalog(result, "dependent_catalog");
  const Field dependent_oid(result, "dependent_oid");
  const Field dependent_subid(result, "dependent_subid");
  const Field referenced_catalog(result, "referenced_catalog");
  const Field referenced_oid(result, "referenced_oid");
  const Field referenced_subid(result, "referenced_subid");

  auto& dependencies = catalog.model.dependencies;
  for (const auto& row : result.rows()) {
    const CatalogObject dependent_object{.catalog = dependent_catalog.text(row),
                                         .oid = dependent_oid.oid(row),
                                         .subid = dependent_subid.integer(row)};
    auto dependent = resolve(catalog, dependent_object, ViewColumns::whole_view);
    if (!dependent) {
      continue;
    }
    // A domain's CHECK stands for its domain, which is created and dropped with it.
    if (dependent->kind == ObjectKind::domain_constraint) {
      dependent = object_ref(ObjectKind::domain, dependent->name);
    }
    const auto referenced = resolve(catalog,
                                    {.catalog = referenced_catalog.text(row),
                                     .oid = referenced_oid.oid(row),
                                     .subid = referenced_subid.integer(row)},
                                    ViewColumns::whole_view);
    if (!referenced || *referenced == *dependent) {
      continue;
    }
    if (const auto owner = owner_of(catalog, dependent_object); owner && *owner == *referenced) {
      continue;
    }
    dependencies.push_back(Dependency{.dependent = *dependent, .referenced = *referenced});
  }
  std::sort(dependencies.begin(), dependencies.end());
  dependencies.erase(std::unique(dependencies.begin(), dependencies.end()), dependencies.end());
}

}  // namespace schemadiff::introspection
