// SPDX-License-Identifier: MIT
#include "introspect/object_refs.hpp"

#include <algorithm>

namespace schemadiff::introspection {
namespace {

template <typename Map>
const typename Map::mapped_type* find_in(const Map& map, Oid oid) {
  const auto it = map.find(oid);
  return it == map.end() ? nullptr : &it->second;
}

template <typename Map, typename Key>
Comment* comment_in(Map& map, const Key& key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second.comment;
}

std::optional<ObjectRef> resolve_relation(const Catalog& catalog, const CatalogObject& object,
                                          ViewColumns view_columns) {
  const Relation* relation = find_in(catalog.relations, object.oid);
  if (relation == nullptr) {
    return std::nullopt;
  }
  if (object.subid <= 0) {
    return relation->ref;
  }
  const auto attnum = static_cast<std::size_t>(object.subid);
  switch (relation->ref.kind) {
    case ObjectKind::table:
      if (attnum >= relation->column_names.size() || relation->column_names[attnum].empty()) {
        return std::nullopt;
      }
      // An INHERITS child's inherited column is not a column of the child in the model.
      if (relation->column_slots[attnum] == k_not_in_model) {
        return relation->ref;
      }
      return object_ref(ObjectKind::column, relation->ref.name, relation->column_names[attnum]);
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::composite_type:
      if (view_columns == ViewColumns::unresolved) {
        return std::nullopt;
      }
      return relation->ref;
    case ObjectKind::schema:
    case ObjectKind::extension:
    case ObjectKind::type:
    case ObjectKind::sequence:
    case ObjectKind::column:
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::routine:
    case ObjectKind::trigger:
    case ObjectKind::policy: return relation->ref;
    case ObjectKind::domain:
    case ObjectKind::domain_constraint:
    case ObjectKind::range_type:
    case ObjectKind::collation: return relation->ref;
  }
  return std::nullopt;
}

ObjectRef named(ObjectKind kind, const std::string& name) {
  return object_ref(kind, QualifiedName{.schema = {}, .name = name});
}

}  // namespace

std::optional<ObjectRef> resolve(const Catalog& catalog, const CatalogObject& object,
                                 ViewColumns view_columns) {
  if (object.catalog == "class") {
    return resolve_relation(catalog, object, view_columns);
  }
  if (object.catalog == "schema") {
    const auto* name = find_in(catalog.schemas, object.oid);
    return name ? std::optional(named(ObjectKind::schema, *name)) : std::nullopt;
  }
  if (object.catalog == "extension") {
    const auto* name = find_in(catalog.extensions, object.oid);
    return name ? std::optional(named(ObjectKind::extension, *name)) : std::nullopt;
  }
  if (object.catalog == "type") {
    if (const auto* name = find_in(catalog.enums, object.oid)) {
      return object_ref(ObjectKind::type, *name);
    }
    const auto* ref = find_in(catalog.user_types, object.oid);
    return ref ? std::optional(*ref) : std::nullopt;
  }
  if (object.catalog == "collation") {
    const auto* name = find_in(catalog.collations, object.oid);
    return name ? std::optional(object_ref(ObjectKind::collation, *name)) : std::nullopt;
  }
  if (object.catalog == "proc") {
    const auto* name = find_in(catalog.routines, object.oid);
    return name ? std::optional(object_ref(ObjectKind::routine, name->name, name->arguments))
                : std::nullopt;
  }
  if (object.catalog == "constraint") {
    const auto* member = find_in(catalog.constraints, object.oid);
    return member ? std::optional(member->ref) : std::nullopt;
  }
  if (object.catalog == "trigger") {
    const auto* member = find_in(catalog.triggers, object.oid);
    return member ? std::optional(member->ref) : std::nullopt;
  }
  return std::nullopt;
}

std::optional<ObjectRef> owner_of(const Catalog& catalog, const CatalogObject& object) {
  Oid owner = 0;
  if (object.catalog == "class") {
    const Relation* relation = find_in(catalog.relations, object.oid);
    if (relation == nullptr) {
      return std::nullopt;
    }
    owner = object.subid > 0 ? object.oid : relation->owner;
  } else if (object.catalog == "constraint") {
    const Member* member = find_in(catalog.constraints, object.oid);
    owner = member ? member->owner : 0;
  } else if (object.catalog == "trigger") {
    const Member* member = find_in(catalog.triggers, object.oid);
    owner = member ? member->owner : 0;
  }
  const Relation* relation = owner == 0 ? nullptr : find_in(catalog.relations, owner);
  return relation ? std::optional(relation->ref) : std::nullopt;
}

Comment* comment_slot(SchemaModel& model, const ObjectRef& ref) {
  switch (ref.kind) {
    case ObjectKind::schema: return comment_in(model.schemas, ref.name.name);
    case ObjectKind::extension: return comment_in(model.extensions, ref.name.name);
    case ObjectKind::type: return comment_in(model.enums, ref.name);
    case ObjectKind::sequence: return comment_in(model.sequences, ref.name);
    case ObjectKind::table: return comment_in(model.tables, ref.name);
    case ObjectKind::index: return comment_in(model.indexes, ref.name);
    case ObjectKind::view: return comment_in(model.views, ref.name);
    case ObjectKind::materialized_view: return comment_in(model.materialized_views, ref.name);
    case ObjectKind::routine:
      return comment_in(model.routines, RoutineName{.name = ref.name, .arguments = ref.member});
    case ObjectKind::trigger:
      return comment_in(model.triggers, MemberName{.owner = ref.name, .name = ref.member});
    case ObjectKind::policy:
      return comment_in(model.policies, MemberName{.owner = ref.name, .name = ref.member});
    case ObjectKind::constraint: {
      const auto table = model.tables.find(ref.name);
      return table == model.tables.end() ? nullptr
                                         : comment_in(table->second.constraints, ref.member);
    }
    case ObjectKind::domain: return comment_in(model.domains, ref.name);
    case ObjectKind::domain_constraint: {
      const auto domain = model.domains.find(ref.name);
      return domain == model.domains.end() ? nullptr : comment_in(domain->second.constraints, ref.member);
    }
    case ObjectKind::composite_type: return comment_in(model.composite_types, ref.name);
    case ObjectKind::range_type: return comment_in(model.range_types, ref.name);
    case ObjectKind::collation: return comment_in(model.collations, ref.name);
    case ObjectKind::column: {
      const auto table = model.tables.find(ref.name);
      if (table == model.tables.end()) {
        return nullptr;
      }
      auto& columns = table->second.columns;
      const auto column = std::find_if(columns.begin(), columns.end(),
                                       [&](const Column& c) { return c.name == ref.member; });
      return column == columns.end() ? nullptr : &column->comment;
    }
  }
  return nullptr;
}

}  // namespace schemadiff::introspection
