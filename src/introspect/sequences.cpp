// SPDX-License-Identifier: MIT
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

// pg_depend's deptype between a sequence and the column it belongs to.
constexpr char k_owned_by = 'a';
constexpr char k_identity = 'i';

// The identity column the sequence belongs to; the relation and column are loaded
// already since an identity sequence lives in its table's schema.
Column* identity_column(Catalog& catalog, Oid relation_oid, std::int64_t attnum) {
  Relation* relation = catalog.find_relation(relation_oid);
  if (relation == nullptr || relation->table == nullptr || attnum <= 0 ||
      static_cast<std::size_t>(attnum) >= relation->column_slots.size()) {
    return nullptr;
  }
  const std::size_t slot = relation->column_slots[static_cast<std::size_t>(attnum)];
  if (slot >= relation->table->columns.size()) {
    return nullptr;
  }
  return &relation->table->columns[slot];
}

}  // namespace

void load_sequences(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("sequences");
  const Field oid(result, "oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field data_type(result, "data_type");
  const Field start(result, "start");
  const Field increment(result, "increment");
  const Field min_value(result, "min_value");
  const Field max_value(result, "max_value");
  const Field cache(result, "cache");
  const Field cycle(result, "cycle");
  const Field owner_kind(result, "owner_kind");
  const Field owner_relation(result, "owner_relation");
  const Field owner_column_number(result, "owner_column_number");
  const Field owner_schema(result, "owner_schema");
  const Field owner_table(result, "owner_table");
  const Field owner_column(result, "owner_column");

  for (const auto& row : result.rows()) {
    const SequenceOptions options{.data_type = data_type.text(row),
                                  .start = start.integer(row),
                                  .increment = increment.integer(row),
                                  .min_value = min_value.integer(row),
                                  .max_value = max_value.integer(row),
                                  .cache = cache.integer(row),
                                  .cycle = cycle.flag(row)};
    const char kind = owner_kind.is_null(row) ? '\0' : owner_kind.code(row);
    if (kind == k_identity) {
      Column* column =
          identity_column(catalog, owner_relation.oid(row), owner_column_number.integer(row));
      if (column != nullptr && column->identity) {
        column->identity->options = options;
      }
      continue;
    }
    Sequence sequence{.name = {schema.text(row), name.text(row)},
                      .options = options,
                      .owned_by = std::nullopt,
                      .comment = std::nullopt};
    if (kind == k_owned_by) {
      sequence.owned_by = ColumnRef{.table = {owner_schema.text(row), owner_table.text(row)},
                                    .column = owner_column.text(row)};
    }
    catalog.relations.emplace(oid.oid(row),
                              Relation(object_ref(ObjectKind::sequence, sequence.name)));
    catalog.model.sequences.emplace(sequence.name, std::move(sequence));
  }
}

}  // namespace schemadiff::introspection
