// SPDX-License-Identifier: MIT
// Schemas (with the include/exclude filters) and extensions.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "introspect/loaders.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

void load_schemas(Catalog& catalog, const IntrospectOptions& options) {
  const ResultSet result = catalog.query("schemas");
  const Field oid(result, "oid");
  const Field name(result, "name");
  const Field is_system(result, "is_system");
  const Field is_extension_member(result, "is_extension_member");

  std::set<std::string> existing;
  std::vector<Oid> selected;
  for (const auto& row : result.rows()) {
    const std::string& schema = name.text(row);
    if (is_system.flag(row) || is_extension_member.flag(row)) {
      continue;
    }
    existing.insert(schema);
    if (!options.include_schemas.empty() && !contains(options.include_schemas, schema)) {
      continue;
    }
    if (contains(options.exclude_schemas, schema)) {
      continue;
    }
    selected.push_back(oid.oid(row));
    catalog.schemas.emplace(oid.oid(row), schema);
    catalog.model.schemas.emplace(schema, Schema{.name = schema, .comment = std::nullopt});
  }
  for (const auto& wanted : options.include_schemas) {
    if (existing.count(wanted) == 0) {
      throw Error(fmt::format("schema \"{}\" does not exist", wanted));
    }
  }
  std::sort(selected.begin(), selected.end());
  catalog.set_selected_schemas(selected);
}

void load_extensions(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("extensions");
  const Field oid(result, "oid");
  const Field name(result, "name");
  const Field schema(result, "schema");
  const Field version(result, "version");
  for (const auto& row : result.rows()) {
    Extension extension{.name = name.text(row),
                        .schema = schema.text(row),
                        .version = version.text(row),
                        .comment = std::nullopt};
    catalog.extensions.emplace(oid.oid(row), extension.name);
    catalog.model.extensions.emplace(extension.name, std::move(extension));
  }
}

}  // namespace schemadiff::introspection
