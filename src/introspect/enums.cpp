// SPDX-License-Identifier: MIT
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {

void load_enums(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("enums");
  const Field oid(result, "oid");
  const Field array_oid(result, "array_oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field labels(result, "labels");
  for (const auto& row : result.rows()) {
    EnumType type{.name = {schema.text(row), name.text(row)},
                  .labels = labels.strings(row),
                  .comment = std::nullopt};
    catalog.enums.emplace(oid.oid(row), type.name);
    // Columns of type enum[] depend on the array type, which stands for the enum here.
    if (const Oid array = array_oid.oid(row); array != 0) {
      catalog.enums.emplace(array, type.name);
    }
    catalog.model.enums.emplace(type.name, std::move(type));
  }
}

}  // namespace schemadiff::introspection
