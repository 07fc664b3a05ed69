// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "schemadiff/model/dependency.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

// The one way to name a model object as an ObjectRef (conventions of dependency.hpp).
// Schemas and extensions are database-wide names: they go in `name.name` with an empty
// `name.schema`.

ObjectRef schema_ref(const std::string& schema);
ObjectRef extension_ref(const std::string& extension);
ObjectRef type_ref(const QualifiedName& name);
/// One label of an enum: a type ref whose member is the label.
ObjectRef enum_label_ref(const QualifiedName& type, const std::string& label);
ObjectRef sequence_ref(const QualifiedName& name);
ObjectRef table_ref(const QualifiedName& name);
ObjectRef column_ref(const QualifiedName& owner, const std::string& column);
ObjectRef constraint_ref(const QualifiedName& table, const std::string& constraint);
ObjectRef index_ref(const QualifiedName& name);
ObjectRef view_ref(const QualifiedName& name);
ObjectRef materialized_view_ref(const QualifiedName& name);
/// A table, view or materialized view, by `kind`.
ObjectRef relation_ref(ObjectKind kind, const QualifiedName& name);
ObjectRef routine_ref(const RoutineName& name);
ObjectRef trigger_ref(const MemberName& name);
ObjectRef policy_ref(const MemberName& name);
ObjectRef domain_ref(const QualifiedName& name);
ObjectRef domain_constraint_ref(const QualifiedName& domain, const std::string& constraint);
ObjectRef composite_type_ref(const QualifiedName& name);
ObjectRef range_type_ref(const QualifiedName& name);
ObjectRef collation_ref(const QualifiedName& name);

/// One spelling per object: a schema or extension ref that a model spelled with its name
/// in `name.schema` is moved to `name.name`; every other ref is returned as is.
ObjectRef canonical(ObjectRef ref);

/// `public.t`, `public.t.c`, `public.f(integer)`: the object as messages show it.
std::string display(const ObjectRef& ref);
/// `view public.v`.
std::string describe(const ObjectRef& ref);

}  // namespace schemadiff
