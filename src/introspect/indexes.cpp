// SPDX-License-Identifier: MIT
// Stand-alone indexes (indexes.sql) and their columns (index_keys.sql).
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

// pg_index.indoption bits.
constexpr std::int64_t k_desc = 1;
constexpr std::int64_t k_nulls_first = 2;

void load_index_keys(Catalog& catalog, std::unordered_map<Oid, Index*>& by_oid) {
  const ResultSet result = catalog.query_in_schemas("index_keys");
  const Field index_oid(result, "index");
  const Field is_include(result, "is_include");
  const Field column_name(result, "column_name");
  const Field expression(result, "expression");
  const Field opclass(result, "opclass");
  const Field collation(result, "collation");
  const Field options(result, "options");

  for (const auto& row : result.rows()) {
    const auto it = by_oid.find(index_oid.oid(row));
    if (it == by_oid.end()) {
      continue;  // an index behind a constraint, or one the model leaves out
    }
    Index& index = *it->second;
    if (is_include.flag(row)) {
      index.include.push_back(column_name.text(row));
      continue;
    }
    IndexKey key;
    if (column_name.is_null(row)) {
      key.expression = expression.text(row);
      key.is_expression = true;
    } else {
      key.expression = column_name.text(row);
    }
    key.opclass = opclass.optional_text(row);
    key.collation = collation.optional_text(row);
    const std::int64_t bits = options.is_null(row) ? 0 : options.integer(row);
    key.order = (bits & k_desc) != 0 ? SortOrder::desc : SortOrder::asc;
    key.nulls = (bits & k_nulls_first) != 0 ? NullsOrder::first : NullsOrder::last;
    index.keys.push_back(std::move(key));
  }
}

}  // namespace

void load_indexes(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("indexes");
  const Field oid(result, "oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field relation_oid(result, "relation");
  const Field method(result, "method");
  const Field is_unique(result, "is_unique");
  const Field nulls_not_distinct(result, "nulls_not_distinct");
  const Field predicate(result, "predicate");
  const Field storage_parameters(result, "storage_parameters");
  const Field definition(result, "definition");

  std::unordered_map<Oid, Index*> by_oid;
  for (const auto& row : result.rows()) {
    const Relation* table = catalog.find_relation(relation_oid.oid(row));
    if (table == nullptr || (table->table == nullptr && table->view == nullptr)) {
      continue;  // on a relation the model leaves out
    }
    Index index;
    index.name = {schema.text(row), name.text(row)};
    index.table = table->ref.name;
    index.method = method.text(row);
    index.uniqueness = is_unique.flag(row) ? IndexUniqueness::unique : IndexUniqueness::non_unique;
    index.nulls_not_distinct = nulls_not_distinct.flag(row);
    index.predicate = predicate.optional_text(row);
    index.storage_parameters = storage_parameters.strings(row);
    index.definition = definition.text(row);
    const QualifiedName key = index.name;
    auto [it, inserted] = catalog.model.indexes.emplace(key, std::move(index));
    by_oid.emplace(oid.oid(row), &it->second);
    Relation relation(object_ref(ObjectKind::index, key));
    relation.owner = relation_oid.oid(row);
    catalog.relations.emplace(oid.oid(row), std::move(relation));
  }
  load_index_keys(catalog, by_oid);
}

}  // namespace schemadiff::introspection
