// SPDX-License-Identifier: MIT
#pragma once

#include <set>
#include <string>

#include "schemadiff/model/dependency.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff::planning {

using RefSet = std::set<ObjectRef>;

// One spelling per object: schemas and extensions are database-wide names, kept in
// `name.name` with an empty `name.schema`, whichever way a model spelled them.
ObjectRef canonical(ObjectRef ref);

ObjectRef schema_ref(const std::string& schema);
ObjectRef extension_ref(const std::string& extension);
ObjectRef type_ref(const QualifiedName& name);
ObjectRef sequence_ref(const QualifiedName& name);
ObjectRef table_ref(const QualifiedName& name);
ObjectRef column_ref(const QualifiedName& owner, const std::string& column);
ObjectRef constraint_ref(const QualifiedName& table, const std::string& constraint);
ObjectRef index_ref(const QualifiedName& name);
ObjectRef relation_ref(ObjectKind kind, const QualifiedName& name);
ObjectRef routine_ref(const RoutineName& name);
ObjectRef trigger_ref(const MemberName& name);
ObjectRef policy_ref(const MemberName& name);
ObjectRef domain_ref(const QualifiedName& name);
ObjectRef domain_constraint_ref(const QualifiedName& domain, const std::string& constraint);
ObjectRef composite_type_ref(const QualifiedName& name);
ObjectRef range_type_ref(const QualifiedName& name);
ObjectRef collation_ref(const QualifiedName& name);

/// `public.t`, `public.t.c`, `public.f(integer)`: the object as messages show it.
std::string display(const ObjectRef& ref);
/// `view public.v`.
std::string describe(const ObjectRef& ref);

bool intersects(const RefSet& a, const RefSet& b);

}  // namespace schemadiff::planning
