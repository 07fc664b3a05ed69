// SPDX-License-Identifier: MIT
#include "introspect/catalog.hpp"

#include <fmt/format.h>

#include "introspect/catalog_sql.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {

std::vector<std::string> column_names(const Relation& relation,
                                      const std::vector<std::int64_t>& attnums) {
  std::vector<std::string> names;
  names.reserve(attnums.size());
  for (const std::int64_t attnum : attnums) {
    const auto at = static_cast<std::size_t>(attnum);
    if (attnum <= 0 || at >= relation.column_names.size() || relation.column_names[at].empty()) {
      throw Error(
          fmt::format("{} has no column number {}", display_name(relation.ref.name), attnum));
    }
    names.push_back(relation.column_names[at]);
  }
  return names;
}

ObjectRef object_ref(ObjectKind kind, QualifiedName name, std::string member) {
  return ObjectRef{.kind = kind, .name = std::move(name), .member = std::move(member)};
}

Catalog::Catalog(Database& db, int server_version) : m_db(db), m_server_version(server_version) {}

ResultSet Catalog::query(std::string_view name) {
  return with_context(fmt::format("reading {} from the catalog", name),
                      [&] { return m_db.query(catalog_query(name, m_server_version)); });
}

ResultSet Catalog::query_in_schemas(std::string_view name) {
  return with_context(fmt::format("reading {} from the catalog", name), [&] {
    return m_db.query(catalog_query(name, m_server_version), {m_schema_oids});
  });
}

void Catalog::set_selected_schemas(const std::vector<Oid>& oids) {
  m_schema_oids = fmt::format("{{{}}}", fmt::join(oids, ","));
}

Relation* Catalog::find_relation(Oid oid) {
  const auto it = relations.find(oid);
  return it == relations.end() ? nullptr : &it->second;
}

}  // namespace schemadiff::introspection
