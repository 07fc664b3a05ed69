// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

bool exists_in(const SchemaModel& model, const ObjectRef& ref) {
  switch (ref.kind) {
    case ObjectKind::schema: return model.schemas.contains(ref.name.name);
    case ObjectKind::extension: return model.extensions.contains(ref.name.name);
    case ObjectKind::type: return model.enums.contains(ref.name);
    case ObjectKind::sequence: return model.sequences.contains(ref.name);
    case ObjectKind::table: return model.tables.contains(ref.name);
    case ObjectKind::column: {
      const auto table = model.tables.find(ref.name);
      return table != model.tables.end() && find_column(table->second, ref.member) != nullptr;
    }
    case ObjectKind::constraint: {
      const auto table = model.tables.find(ref.name);
      return table != model.tables.end() && table->second.constraints.contains(ref.member);
    }
    case ObjectKind::index: return model.indexes.contains(ref.name);
    case ObjectKind::view: return model.views.contains(ref.name);
    case ObjectKind::materialized_view: return model.materialized_views.contains(ref.name);
    case ObjectKind::routine: return model.routines.contains(RoutineName{ref.name, ref.member});
    case ObjectKind::trigger: return model.triggers.contains(MemberName{ref.name, ref.member});
    case ObjectKind::policy: return model.policies.contains(MemberName{ref.name, ref.member});
    case ObjectKind::domain: return model.domains.contains(ref.name);
    case ObjectKind::domain_constraint: {
      const auto domain = model.domains.find(ref.name);
      return domain != model.domains.end() && domain->second.constraints.contains(ref.member);
    }
    case ObjectKind::composite_type: return model.composite_types.contains(ref.name);
    case ObjectKind::range_type: return model.range_types.contains(ref.name);
    case ObjectKind::collation: return model.collations.contains(ref.name);
  }
  return false;
}

bool is_created(const Operations& ops, const ObjectRef& ref) {
  switch (ref.kind) {
    case ObjectKind::schema: return ops.contains<CreateSchema>(ref);
    case ObjectKind::extension: return ops.contains<CreateExtension>(ref);
    // A replaced enum is a new type that took the old one's name.
    case ObjectKind::type: return ops.contains<CreateEnum>(ref) || ops.contains<ReplaceEnum>(ref);
    case ObjectKind::sequence: return ops.contains<CreateSequence>(ref);
    case ObjectKind::table: return ops.contains<CreateTable>(ref);
    case ObjectKind::column: return ops.contains<AddColumn>(ref) || ops.contains<CreateTable>(table_ref(ref.name));
    case ObjectKind::constraint: return ops.contains<AddConstraint>(ref);
    case ObjectKind::index: return ops.contains<CreateIndex>(ref);
    case ObjectKind::view: return ops.contains<CreateView>(ref);
    case ObjectKind::materialized_view: return ops.contains<CreateMaterializedView>(ref);
    case ObjectKind::routine: return ops.contains<CreateRoutine>(ref);
    case ObjectKind::trigger: return ops.contains<CreateTrigger>(ref);
    case ObjectKind::policy: return ops.contains<CreatePolicy>(ref);
    // Replacing a domain or range type creates a new type under the same name.
    case ObjectKind::domain: return ops.contains<CreateDomain>(ref) || ops.contains<ReplaceDomain>(ref);
    case ObjectKind::domain_constraint: return ops.contains<AddDomainConstraint>(ref);
    case ObjectKind::composite_type: return ops.contains<CreateCompositeType>(ref);
    case ObjectKind::range_type: return ops.contains<CreateRangeType>(ref) || ops.contains<ReplaceRangeType>(ref);
    case ObjectKind::collation: return ops.contains<CreateCollation>(ref);
  }
  return false;
}

}  // namespace schemadiff::diff_detail
