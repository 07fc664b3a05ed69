// SPDX-License-Identifier: MIT
#include "plan/object_refs.hpp"

#include <algorithm>
#include <utility>

namespace schemadiff::planning {

ObjectRef canonical(ObjectRef ref) {
  switch (ref.kind) {
    case ObjectKind::schema:
    case ObjectKind::extension:
      if (ref.name.name.empty()) {
        ref.name.name = std::move(ref.name.schema);
      }
      ref.name.schema.clear();
      return ref;
    case ObjectKind::type:
    case ObjectKind::sequence:
    case ObjectKind::table:
    case ObjectKind::column:
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::routine:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain:
    case ObjectKind::domain_constraint:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:
      return ref;
  }
  return ref;
}

ObjectRef schema_ref(const std::string& schema) { return {ObjectKind::schema, {"", schema}, ""}; }
ObjectRef extension_ref(const std::string& extension) { return {ObjectKind::extension, {"", extension}, ""}; }
ObjectRef type_ref(const QualifiedName& name) { return {ObjectKind::type, name, ""}; }
ObjectRef sequence_ref(const QualifiedName& name) { return {ObjectKind::sequence, name, ""}; }
ObjectRef table_ref(const QualifiedName& name) { return {ObjectKind::table, name, ""}; }

ObjectRef column_ref(const QualifiedName& owner, const std::string& column) {
  return {ObjectKind::column, owner, column};
}

ObjectRef constraint_ref(const QualifiedName& table, const std::string& constraint) {
  return {ObjectKind::constraint, table, constraint};
}

ObjectRef index_ref(const QualifiedName& name) { return {ObjectKind::index, name, ""}; }
ObjectRef relation_ref(ObjectKind kind, const QualifiedName& name) { return {kind, name, ""}; }
ObjectRef routine_ref(const RoutineName& name) { return {ObjectKind::routine, name.name, name.arguments}; }
ObjectRef trigger_ref(const MemberName& name) { return {ObjectKind::trigger, name.owner, name.name}; }
ObjectRef policy_ref(const MemberName& name) { return {ObjectKind::policy, name.owner, name.name}; }
ObjectRef domain_ref(const QualifiedName& name) { return {ObjectKind::domain, name, ""}; }
ObjectRef domain_constraint_ref(const QualifiedName& domain, const std::string& constraint) {
  return {ObjectKind::domain_constraint, domain, constraint};
}
ObjectRef composite_type_ref(const QualifiedName& name) { return {ObjectKind::composite_type, name, ""}; }
ObjectRef range_type_ref(const QualifiedName& name) { return {ObjectKind::range_type, name, ""}; }
ObjectRef collation_ref(const QualifiedName& name) { return {ObjectKind::collation, name, ""}; }

std::string display(const ObjectRef& ref) {
  switch (ref.kind) {
    case ObjectKind::schema:
    case ObjectKind::extension:
      return quote_ident_if_needed(canonical(ref).name.name);
    case ObjectKind::type:
    case ObjectKind::sequence:
    case ObjectKind::table:
    case ObjectKind::index:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::domain:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:
      return display_name(ref.name);
    case ObjectKind::column:
    case ObjectKind::constraint:
    case ObjectKind::trigger:
    case ObjectKind::policy:
    case ObjectKind::domain_constraint:
      return display_name(MemberName{ref.name, ref.member});
    case ObjectKind::routine:
      return display_name(RoutineName{ref.name, ref.member});
  }
  return display_name(ref.name);
}

std::string describe(const ObjectRef& ref) { return std::string(to_string(ref.kind)) + " " + display(ref); }

bool intersects(const RefSet& a, const RefSet& b) {
  const RefSet& small = a.size() <= b.size() ? a : b;
  const RefSet& large = a.size() <= b.size() ? b : a;
  return std::any_of(small.begin(), small.end(), [&large](const ObjectRef& ref) { return large.count(ref) > 0; });
}

}  // namespace schemadiff::planning
