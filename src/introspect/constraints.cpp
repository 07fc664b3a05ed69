// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "introspect/deparsed_text.hpp"
#include "introspect/loaders.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

ForeignKeyMatch match_of(char confmatchtype) {
  switch (confmatchtype) {
    case 'f': return ForeignKeyMatch::full;
    case 'p': return ForeignKeyMatch::partial;
    case 's': return ForeignKeyMatch::simple;
    default: throw Error(fmt::format("unknown foreign key match type '{}'", confmatchtype));
  }
}

ForeignKeyAction action_of(char code) {
  switch (code) {
    case 'a': return ForeignKeyAction::no_action;
    case 'r': return ForeignKeyAction::restrict;
    case 'c': return ForeignKeyAction::cascade;
    case 'n': return ForeignKeyAction::set_null;
    case 'd': return ForeignKeyAction::set_default;
    default: throw Error(fmt::format("unknown foreign key action '{}'", code));
  }
}

// The kind-specific columns of constraints.sql.
struct KindFields {
  explicit KindFields(const ResultSet& result)
      : kind(result, "kind"),
        definition(result, "definition"),
        no_inherit(result, "no_inherit"),
        column_numbers(result, "column_numbers"),
        index_column_numbers(result, "index_column_numbers"),
        index_key_count(result, "index_key_count"),
        index_method(result, "index_method"),
        nulls_not_distinct(result, "nulls_not_distinct"),
        referenced_relation(result, "referenced_relation"),
        referenced_schema(result, "referenced_schema"),
        referenced_table(result, "referenced_table"),
        referenced_column_numbers(result, "referenced_column_numbers"),
        referenced_column_names(result, "referenced_column_names"),
        match(result, "match"),
        on_update(result, "on_update"),
        on_delete(result, "on_delete") {}

  Field kind;
  Field definition;
  Field no_inherit;
  Field column_numbers;
  Field index_column_numbers;
  Field index_key_count;
  Field index_method;
  Field nulls_not_distinct;
  Field referenced_relation;
  Field referenced_schema;
  Field referenced_table;
  Field referenced_column_numbers;
  Field referenced_column_names;
  Field match;
  Field on_update;
  Field on_delete;
};

// INCLUDE columns: the backing index's columns after its key columns.
std::vector<std::string> include_columns(const KindFields& f, const ResultSet::Row& row,
                                         const Relation& table) {
  std::vector<std::int64_t> numbers = f.index_column_numbers.integers(row);
  const auto key_count = static_cast<std::size_t>(f.index_key_count.integer(row));
  numbers.erase(numbers.begin(),
                numbers.begin() + static_cast<std::ptrdiff_t>(std::min(key_count, numbers.size())));
  return column_names(table, numbers);
}

ForeignKey foreign_key(Catalog& catalog, const KindFields& f, const ResultSet::Row& row,
                       const Relation& table) {
  ForeignKey key;
  key.columns = column_names(table, f.column_numbers.integers(row));
  key.referenced_table = {f.referenced_schema.text(row), f.referenced_table.text(row)};
  const Relation* referenced = catalog.find_relation(f.referenced_relation.oid(row));
  if (f.referenced_column_names.is_null(row) && referenced != nullptr) {
    key.referenced_columns = column_names(*referenced, f.referenced_column_numbers.integers(row));
  } else {
    key.referenced_columns = f.referenced_column_names.strings(row);
  }
  key.match = match_of(f.match.code(row));
  key.on_delete = action_of(f.on_delete.code(row));
  key.on_update = action_of(f.on_update.code(row));
  return key;
}

// The kind-specific part of a constraint; nullopt for kinds the model does not manage.
std::optional<ConstraintKind> kind_of(Catalog& catalog, const KindFields& f,
                                      const ResultSet::Row& row, const Relation& table) {
  switch (f.kind.code(row)) {
    case 'p':
      return PrimaryKey{.columns = column_names(table, f.column_numbers.integers(row)),
                        .include = include_columns(f, row, table)};
    case 'u':
      return Unique{.columns = column_names(table, f.column_numbers.integers(row)),
                    .include = include_columns(f, row, table),
                    .nulls = f.nulls_not_distinct.flag(row) ? NullsDistinct::not_distinct
                                                            : NullsDistinct::distinct};
    case 'c':
      return Check{.expression = check_expression(f.definition.text(row)),
                   .no_inherit = f.no_inherit.flag(row)};
    case 'f': return foreign_key(catalog, f, row, table);
    case 'x': return Exclusion{.method = f.index_method.text(row)};
    default: return std::nullopt;
  }
}

}  // namespace

void load_constraints(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("constraints");
  const Field oid(result, "oid");
  const Field relation_oid(result, "relation");
  const Field name(result, "name");
  const Field deferrable(result, "deferrable");
  const Field initially_deferred(result, "initially_deferred");
  const Field validated(result, "validated");
  const Field definition(result, "definition");
  const Field index(result, "index");
  const KindFields fields(result);

  for (const auto& row : result.rows()) {
    Relation* relation = catalog.find_relation(relation_oid.oid(row));
    if (relation == nullptr || relation->table == nullptr) {
      continue;
    }
    std::optional<ConstraintKind> kind;
    try {
      kind = kind_of(catalog, fields, row, *relation);
    } catch (...) {
      std::throw_with_nested(Error(
          fmt::format("constraint {} on {}", name.text(row), display_name(relation->ref.name))));
    }
    if (!kind) {
      continue;
    }
    Constraint constraint{
        .name = name.text(row),
        .kind = std::move(*kind),
        .deferrable = deferrable.flag(row),
        .initially_deferred = initially_deferred.flag(row),
        .validation = validated.flag(row) ? Validation::validated : Validation::not_valid,
        .definition = definition.text(row),
        .comment = std::nullopt};
    const ObjectRef ref = object_ref(ObjectKind::constraint, relation->ref.name, constraint.name);
    catalog.constraints.emplace(oid.oid(row), Member{.ref = ref, .owner = relation_oid.oid(row)});
    // Foreign keys depend on the referenced key's index: that is the constraint.
    if (!index.is_null(row)) {
      Relation backing_index(ref);
      backing_index.owner = relation_oid.oid(row);
      catalog.relations.emplace(index.oid(row), std::move(backing_index));
    }
    relation->table->constraints.emplace(constraint.name, std::move(constraint));
  }
}

}  // namespace schemadiff::introspection
