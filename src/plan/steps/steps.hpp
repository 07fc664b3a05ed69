// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/ref_set.hpp"
#include "schemadiff/diff/model_index.hpp"
#include "schemadiff/diff/operation.hpp"
#include "schemadiff/plan/plan.hpp"

// Everything the planner knows about one operation, given by one function per operation
// type: step_spec<Op>, defined in the file of the operation's object kind
// (steps/<kind>.cpp). plan.cpp only runs generic passes over the specs.
namespace schemadiff::planning {

// Phase order, used only where dependencies leave a choice: dependents are dropped
// before what they use, then things are built up from schemas to comments.
enum class Phase {
  rename,
  drop_policy,
  drop_trigger,
  drop_materialized_view,
  drop_view,
  drop_inherit,
  drop_constraint,
  drop_domain_constraint,
  drop_index,
  detach_partition,
  drop_column,
  drop_table,
  drop_sequence,
  drop_routine,
  drop_enum,
  drop_composite_type,
  drop_range_type,
  drop_domain,
  drop_collation,
  drop_extension,
  drop_schema,
  create_schema,
  create_extension,
  alter_extension,
  create_collation,
  create_enum,
  add_enum_value,
  replace_enum,
  create_domain,
  alter_domain,
  replace_domain,
  create_composite_type,
  alter_composite_type,
  create_range_type,
  replace_range_type,
  create_sequence,
  create_routine,
  replace_routine,
  create_table,
  set_persistence,
  set_storage_parameters,
  add_column,
  alter_column,
  attach_partition,
  alter_sequence,
  add_constraint,
  validate_constraint,
  add_inherit,
  add_domain_constraint,
  validate_domain_constraint,
  create_index,
  set_replica_identity,
  create_view,
  replace_view,
  create_materialized_view,
  create_trigger,
  set_comment,
  // Policies are created once their table, columns and functions are final; grants and
  // owners come last, once every object they name exists.
  alter_row_security,
  create_policy,
  alter_policy,
  set_owner,
  revoke_privileges,
  grant_privileges,
};

/// What one operation does to the objects of the schema, as refs.
struct OperationRefs {
  RefSet creates;
  RefSet drops;
  /// Changed in place in a way others may rely on (a column re-typed, an enum given a
  /// label, a view replaced): whatever reads the object must be dropped before and created
  /// after.
  RefSet modifies;
  /// Must exist, in their `to` form, when the operation runs.
  RefSet needs;
  /// Were used, in their `from` form, by what the operation removes: they may only be
  /// dropped or changed after it.
  RefSet releases;
};

/// The objects a rename gives a new name to, as a test on refs: for a relation, the
/// relation and all its members; for a type, the type and its labels; otherwise the
/// object itself. Every other operation that touches one of them runs after the rename,
/// since it was planned against the model with the new names.
struct RenameScope {
  ObjectRef renamed;
  bool whole_relation = false;  ///< any ref whose `name` is the relation's new name
  bool whole_type = false;      ///< any type ref with the type's name (labels included)

  bool contains(const ObjectRef& ref) const;
};

/// Constraints that have their own AddConstraint / DropConstraint step, so a CreateTable or
/// DropTable carrying them in its table value neither creates nor drops them.
struct SeparateConstraints {
  RefSet added;
  RefSet dropped;
};

/// Defined with the constraints' specs.
SeparateConstraints separate_constraints(const std::vector<Operation>& operations);

/// What a spec may consult besides its operation.
struct PlanContext {
  const ModelIndex& from;  ///< the model the operations were computed against (renames applied)
  const ModelIndex& to;
  const SeparateConstraints& separate;
};

/// All the planner knows about one operation.
struct StepSpec {
  /// Tie-breaking between operations the dependency graph leaves unordered: by phase
  /// first, then by a key such as `table:public.t:create`.
  Phase phase = Phase::rename;
  std::string key;
  ObjectRef subject;  ///< the object the operation is about, for messages
  OperationRefs refs;
  StepFacts facts;
  std::optional<RenameScope> renames;  ///< set for a rename only
};

/// The spec of one operation type; a missing specialization is an undefined symbol when
/// the planner links.
template <class Op>
StepSpec step_spec(const Op& operation, const PlanContext& context);

/// The spec of whichever operation `operation` holds, with its sets cleaned up: never one
/// of the operation's own objects under needs or releases, hazards sorted and unique.
StepSpec spec_of(const Operation& operation, const PlanContext& context);

// --- helpers for the kind files (steps.cpp) ---

constexpr Hazard k_deletes = Hazard::deletes_data;
constexpr Hazard k_rewrites = Hazard::rewrites_table;
constexpr Hazard k_locks = Hazard::access_exclusive_lock;
constexpr Hazard k_builds_index = Hazard::index_build;

/// A spec with its phase, subject and key `kind:object:verb[:detail]`; refs and facts
/// empty (no hazards, no lock, transactional).
StepSpec step(Phase phase, const ObjectRef& subject, std::string_view verb, const std::string& detail = {});

OperationRefs created(RefSet created, RefSet needed);
OperationRefs dropped(RefSet dropped, RefSet used);
/// An in-place change needs its new references and releases only the old ones it drops.
OperationRefs changed(RefSet modified, RefSet needed, const RefSet& used_before);

/// `refs` without `removed`.
RefSet minus(RefSet refs, const RefSet& removed);

/// The column on `table` and on every partition under it, as `side` has them.
RefSet column_tree(const QualifiedName& table, const std::string& column, const ModelIndex& side);
/// The columns a type replacement re-types, on every partition under their tables too:
/// they are changed in place, so whatever reads them waits as for AlterColumn.
RefSet retyped_columns(const std::vector<TypeColumnUse>& uses, const ModelIndex& from);

/// DROP TABLE / VIEW / COLUMN take indexes, triggers and owned sequences along without a
/// statement of their own: they count as dropped, so their re-creation waits for the drop
/// and what they used is released only then.
void take_along(OperationRefs& refs, const std::vector<ObjectRef>& taken, const ModelIndex& from);

/// Hazards and lock of re-typing `columns` through text and back to a replaced type
/// whose base type goes from `from` to `to` (domains, range types).
StepFacts type_replacement_facts(const std::vector<TypeColumnUse>& columns, const std::string& from,
                                 const std::string& to);

}  // namespace schemadiff::planning
