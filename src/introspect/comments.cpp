// SPDX-License-Identifier: MIT
#include "introspect/loaders.hpp"
#include "introspect/object_refs.hpp"

namespace schemadiff::introspection {

void load_comments(Catalog& catalog) {
  const ResultSet result = catalog.query("comments");
  const Field catalog_name(result, "catalog");
  const Field oid(result, "oid");
  const Field subid(result, "subid");
  const Field comment(result, "comment");
  for (const auto& row : result.rows()) {
    const CatalogObject object{
        .catalog = catalog_name.text(row), .oid = oid.oid(row), .subid = subid.integer(row)};
    const auto ref = resolve(catalog, object, ViewColumns::unresolved);
    if (!ref) {
      continue;
    }
    if (Comment* slot = comment_slot(catalog.model, *ref); slot != nullptr) {
      *slot = comment.text(row);
    }
  }
}

}  // namespace schemadiff::introspection
