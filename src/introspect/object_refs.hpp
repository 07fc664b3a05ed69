// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

#include "introspect/catalog.hpp"

namespace schemadiff::introspection {

/// How to treat a sub-object (attnum) of a view or materialized view: dependencies
/// point at the whole view; a comment on a view's column has no place in the model.
enum class ViewColumns { whole_view, unresolved };

/// An object named the way comments.sql and dependencies.sql do: `catalog` is one of
/// schema, extension, type, class, constraint, proc, trigger, collation; `subid` a
/// column's attnum (class only) or 0. A composite type's attributes are treated like a
/// view's columns.
struct CatalogObject {
  std::string_view catalog;
  Oid oid = 0;
  std::int64_t subid = 0;
};

/// The model object `object` is, or nullopt when it is not in the model. Schemas and
/// extensions are refs with an empty `name.schema` and their name in `name.name`.
std::optional<ObjectRef> resolve(const Catalog& catalog, const CatalogObject& object,
                                 ViewColumns view_columns);

/// The relation `object` belongs to (a column's, constraint's or trigger's table, an
/// index's table), or nullopt for objects that stand alone.
std::optional<ObjectRef> owner_of(const Catalog& catalog, const CatalogObject& object);

/// Where the model keeps the comment of `ref`; null if it has no such object.
Comment* comment_slot(SchemaModel& model, const ObjectRef& ref);

}  // namespace schemadiff::introspection
