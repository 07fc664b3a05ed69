// SPDX-License-Identifier: MIT
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

std::string provider_name(char collprovider) {
  switch (collprovider) {
    case 'i': return "icu";
    case 'c': return "libc";
    case 'b': return "builtin";
    default: return "default";
  }
}

}  // namespace

void load_collations(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("collations");
  const Field oid(result, "oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field provider(result, "provider");
  const Field locale(result, "locale");
  const Field lc_collate(result, "lc_collate");
  const Field lc_ctype(result, "lc_ctype");
  const Field deterministic(result, "deterministic");
  for (const auto& row : result.rows()) {
    Collation collation{.name = {schema.text(row), name.text(row)},
                        .provider = provider_name(provider.code(row)),
                        .locale = locale.optional_text(row),
                        .lc_collate = lc_collate.optional_text(row),
                        .lc_ctype = lc_ctype.optional_text(row),
                        .deterministic = deterministic.flag(row),
                        .comment = std::nullopt};
    catalog.collations.emplace(oid.oid(row), collation.name);
    catalog.model.collations.emplace(collation.name, std::move(collation));
  }
}

}  // namespace schemadiff::introspection
