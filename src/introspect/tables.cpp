// SPDX-License-Identifier: MIT
// Tables and their columns; views and materialized views share the columns query.
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

constexpr char k_unlogged = 'u';
constexpr char k_identity_always = 'a';
constexpr char k_identity_by_default = 'd';
constexpr char k_generated_stored = 's';

std::optional<ColumnStorage> storage_of(const std::optional<std::string>& attstorage) {
  if (!attstorage || attstorage->empty()) {
    return std::nullopt;
  }
  switch (attstorage->front()) {
    case 'p': return ColumnStorage::plain;
    case 'e': return ColumnStorage::external;
    case 'x': return ColumnStorage::extended;
    case 'm': return ColumnStorage::main;
    default: return std::nullopt;
  }
}

ReplicaIdentity replica_identity_of(char relreplident, const std::optional<std::string>& index) {
  switch (relreplident) {
    case 'f': return {.kind = ReplicaIdentityKind::full, .index = {}};
    case 'n': return {.kind = ReplicaIdentityKind::nothing, .index = {}};
    // USING INDEX whose index was dropped since: PostgreSQL then behaves as NOTHING, and
    // the catalog keeps 'i' with no index flagged.
    case 'i':
      if (!index) {
        return {.kind = ReplicaIdentityKind::nothing, .index = {}};
      }
      return {.kind = ReplicaIdentityKind::index, .index = *index};
    default: return {};
  }
}

std::optional<Identity> identity_of(char attidentity) {
  switch (attidentity) {
    case k_identity_always: return Identity{.kind = IdentityKind::always, .options = {}};
    case k_identity_by_default: return Identity{.kind = IdentityKind::by_default, .options = {}};
    default: return std::nullopt;
  }
}

void remember_column(Relation& relation, std::size_t attnum, const std::string& name,
                     std::size_t slot) {
  if (relation.column_names.size() <= attnum) {
    relation.column_names.resize(attnum + 1);
    relation.column_slots.resize(attnum + 1, k_not_in_model);
  }
  relation.column_names[attnum] = name;
  relation.column_slots[attnum] = slot;
}

}  // namespace

void load_tables(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("tables");
  const Field oid(result, "oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field persistence(result, "persistence");
  const Field storage_parameters(result, "storage_parameters");
  const Field partition_key(result, "partition_key");
  const Field parent_schema(result, "parent_schema");
  const Field parent_name(result, "parent_name");
  const Field partition_bound(result, "partition_bound");
  const Field inherits_schemas(result, "inherits_schemas");
  const Field inherits_names(result, "inherits_names");
  const Field replica_identity(result, "replica_identity");
  const Field replica_identity_index(result, "replica_identity_index");

  for (const auto& row : result.rows()) {
    Table table;
    table.name = {schema.text(row), name.text(row)};
    table.persistence =
        persistence.code(row) == k_unlogged ? Persistence::unlogged : Persistence::logged;
    table.storage_parameters = storage_parameters.strings(row);
    table.partition_key = partition_key.optional_text(row);
    if (!parent_name.is_null(row)) {
      table.partition_of = PartitionOf{.parent = {parent_schema.text(row), parent_name.text(row)},
                                       .bound = partition_bound.text(row)};
    }
    const std::vector<std::string> parent_schemas = inherits_schemas.strings(row);
    const std::vector<std::string> parent_names = inherits_names.strings(row);
    for (std::size_t i = 0; i < parent_schemas.size() && i < parent_names.size(); ++i) {
      table.inherits.push_back({parent_schemas[i], parent_names[i]});
    }
    table.replica_identity =
        replica_identity_of(replica_identity.code(row), replica_identity_index.optional_text(row));
    const QualifiedName key = table.name;
    auto [it, inserted] = catalog.model.tables.emplace(key, std::move(table));
    Relation relation(object_ref(ObjectKind::table, key));
    relation.table = &it->second;
    catalog.relations.emplace(oid.oid(row), std::move(relation));
  }
}

void load_columns(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("columns");
  const Field relation_oid(result, "relation");
  const Field number(result, "number");
  const Field name(result, "name");
  const Field type(result, "type");
  const Field not_null(result, "not_null");
  const Field default_expr(result, "default_expr");
  const Field identity(result, "identity");
  const Field generated(result, "generated");
  const Field collation(result, "collation");
  const Field inherited_count(result, "inherited_count");
  const Field storage(result, "storage");
  const Field compression(result, "compression");

  // Rows come ordered by relation, so the lookup is done once per relation.
  Oid current_oid = 0;
  Relation* relation = nullptr;
  for (const auto& row : result.rows()) {
    const Oid row_oid = relation_oid.oid(row);
    if (row_oid != current_oid || relation == nullptr) {
      current_oid = row_oid;
      relation = catalog.find_relation(row_oid);
    }
    if (relation == nullptr) {
      continue;  // a relation the model leaves out
    }
    const auto attnum = static_cast<std::size_t>(number.integer(row));
    if (relation->view != nullptr) {
      remember_column(*relation, attnum, name.text(row), relation->view->columns.size());
      relation->view->columns.push_back(ViewColumn{.name = name.text(row), .type = type.text(row)});
      continue;
    }
    if (relation->table == nullptr) {
      continue;
    }
    // An INHERITS child's inherited column belongs to its parent (a partition's columns
    // stay: the partition code relies on seeing them). Its name is still needed to read
    // the child's constraints, indexes and dependencies.
    if (inherited_count.integer(row) > 0 && !relation->table->partition_of) {
      remember_column(*relation, attnum, name.text(row), k_not_in_model);
      continue;
    }
    Column column;
    column.name = name.text(row);
    column.type = type.text(row);
    column.not_null = not_null.flag(row);
    column.identity = identity_of(identity.code(row));
    column.collation = collation.optional_text(row);
    column.storage = storage_of(storage.optional_text(row));
    column.compression = compression.optional_text(row);
    if (generated.code(row) == k_generated_stored) {
      column.generated = default_expr.optional_text(row);
    } else {
      column.default_expr = default_expr.optional_text(row);
    }
    remember_column(*relation, attnum, column.name, relation->table->columns.size());
    relation->table->columns.push_back(std::move(column));
  }
}

}  // namespace schemadiff::introspection
