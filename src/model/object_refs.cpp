// SPDX-License-Identifier: MIT
#include "schemadiff/model/object_refs.hpp"

#include <utility>

namespace schemadiff {

ObjectRef schema_ref(const std::string& schema) { return {ObjectKind::schema, {"", schema}, {}}; }
ObjectRef extension_ref(const std::string& extension) { return {ObjectKind::extension, {"", extension}, {}}; }
ObjectRef type_ref(const QualifiedName& name) { return {ObjectKind::type, name, {}}; }
ObjectRef enum_label_ref(const QualifiedName& type, const std::string& label) {
  return {ObjectKind::type, type, label};
}
ObjectRef sequence_ref(const QualifiedName& name) { return {ObjectKind::sequence, name, {}}; }
ObjectRef table_ref(const QualifiedName& name) { return {ObjectKind::table, name, {}}; }
ObjectRef column_ref(const QualifiedName& owner, const std::string& column) {
  return {ObjectKind::column, owner, column};
}
ObjectRef constraint_ref(const QualifiedName& table, const std::string& constraint) {
  return {ObjectKind::constraint, table, constraint};
}
ObjectRef index_ref(const QualifiedName& name) { return {ObjectKind::index, name, {}}; }
ObjectRef view_ref(const QualifiedName& name) { return {ObjectKind::view, name, {}}; }
ObjectRef materialized_view_ref(const QualifiedName& name) { return {ObjectKind::materialized_view, name, {}}; }
ObjectRef relation_ref(ObjectKind kind, const QualifiedName& name) { return {kind, name, {}}; }
ObjectRef routine_ref(const RoutineName& name) { return {ObjectKind::routine, name.name, name.arguments}; }
ObjectRef trigger_ref(const MemberName& name) { return {ObjectKind::trigger, name.owner, name.name}; }
ObjectRef policy_ref(const MemberName& name) { return {ObjectKind::policy, name.owner, name.name}; }
ObjectRef domain_ref(const QualifiedName& name) { return {ObjectKind::domain, name, {}}; }
ObjectRef domain_constraint_ref(const QualifiedName& domain, const std::string& constraint) {
  return {ObjectKind::domain_constraint, domain, constraint};
}
ObjectRef composite_type_ref(const QualifiedName& name) { return {ObjectKind::composite_type, name, {}}; }
ObjectRef range_type_ref(const QualifiedName& name) { return {ObjectKind::range_type, name, {}}; }
ObjectRef collation_ref(const QualifiedName& name) { return {ObjectKind::collation, name, {}}; }

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

std::string display(const ObjectRef& ref) {
  switch (ref.kind) {
    case ObjectKind::schema:
    case ObjectKind::extension:
      return quote_ident_if_needed(canonical(ref).name.name);
    // A type ref's member, when set, is one of its labels, which messages leave out.
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

}  // namespace schemadiff
