// SPDX-License-Identifier: MIT
#pragma once

#include "plan/ref_set.hpp"
#include "schemadiff/diff/model_index.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::planning {

// What an object needs to exist, on one side of the migration: its dependencies from the
// model (`side`) plus the references its own fields make (schema, table, referenced table,
// function, parent, column types, sequences in defaults). The result may include the
// object itself or its members; callers remove those.

RefSet extension_requirements(const Extension& extension, const ModelIndex& side);
RefSet enum_requirements(const EnumType& type, const ModelIndex& side);
/// Without OWNED BY: that link belongs to AlterSequence.
RefSet sequence_requirements(const Sequence& sequence, const ModelIndex& side);
RefSet column_requirements(const QualifiedName& table, const Column& column, const ModelIndex& side);
RefSet constraint_requirements(const QualifiedName& table, const Constraint& constraint, const ModelIndex& side);
/// The table with its columns and those constraints not in `separate_constraints`.
RefSet table_requirements(const Table& table, const RefSet& separate_constraints, const ModelIndex& side);
RefSet index_requirements(const Index& index, const ModelIndex& side);
RefSet view_requirements(const View& view, ObjectKind kind, const ModelIndex& side);
RefSet routine_requirements(const Routine& routine, const ModelIndex& side);
RefSet trigger_requirements(const Trigger& trigger, const ModelIndex& side);
RefSet policy_requirements(const Policy& policy, const ModelIndex& side);
/// The object a GRANT, REVOKE or OWNER TO is about (and a column's table).
RefSet privilege_target_requirements(const ObjectRef& target);

RefSet collation_requirements(const Collation& collation, const ModelIndex& side);
RefSet domain_requirements(const Domain& domain, const ModelIndex& side);
RefSet composite_type_requirements(const CompositeType& type, const ModelIndex& side);
RefSet range_type_requirements(const RangeType& type, const ModelIndex& side);
/// What a type text (a column's, attribute's or domain's base type) and its COLLATE
/// name: the enum, domain, composite or range type and the collation.
RefSet type_text_requirements(const std::string& type, const std::optional<std::string>& collation,
                              const ModelIndex& side);

/// Requirements of an index, trigger or sequence named by `ref` as `side` has it; for
/// other kinds (or an object `side` lacks) only its listed dependencies.
RefSet requirements_of(const ObjectRef& ref, const ModelIndex& side);

/// The refs a table brings along: itself, its columns and its constraints except
/// `separate_constraints` (those have their own Add/DropConstraint step).
RefSet table_members(const Table& table, const RefSet& separate_constraints);
/// A view or materialized view and its output columns (views on views name them).
RefSet view_members(const View& view, ObjectKind kind);

}  // namespace schemadiff::planning
