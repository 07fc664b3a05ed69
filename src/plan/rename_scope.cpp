// SPDX-License-Identifier: MIT
#include "plan/rename_scope.hpp"

#include <variant>

namespace schemadiff::planning {
namespace {

RenameScope relation(ObjectKind kind, const QualifiedName& from, const std::string& to) {
  return {relation_ref(kind, {from.schema, to}), true, false};
}

struct ScopeOf {
  std::optional<RenameScope> operator()(const RenameTable& op) const {
    return relation(ObjectKind::table, op.from, op.to);
  }
  std::optional<RenameScope> operator()(const RenameView& op) const {
    return relation(ObjectKind::view, op.from, op.to);
  }
  std::optional<RenameScope> operator()(const RenameMaterializedView& op) const {
    return relation(ObjectKind::materialized_view, op.from, op.to);
  }
  std::optional<RenameScope> operator()(const RenameColumn& op) const {
    return RenameScope{column_ref(op.table, op.to), false, false};
  }
  std::optional<RenameScope> operator()(const RenameIndex& op) const {
    return RenameScope{index_ref({op.from.schema, op.to}), false, false};
  }
  std::optional<RenameScope> operator()(const RenameConstraint& op) const {
    return RenameScope{constraint_ref(op.table, op.to), false, false};
  }
  std::optional<RenameScope> operator()(const RenameEnum& op) const {
    return RenameScope{type_ref({op.from.schema, op.to}), false, true};
  }
  // Whatever else changes the type (a label added next to the renamed one, a
  // replacement) sees the new label.
  std::optional<RenameScope> operator()(const RenameEnumValue& op) const {
    return RenameScope{type_ref(op.type), false, true};
  }
  std::optional<RenameScope> operator()(const RenameSequence& op) const {
    return RenameScope{sequence_ref({op.from.schema, op.to}), false, false};
  }
  std::optional<RenameScope> operator()(const RenameRoutine& op) const {
    return RenameScope{routine_ref({{op.from.name.schema, op.to}, op.from.arguments}), false, false};
  }
  template <typename Op>
  std::optional<RenameScope> operator()(const Op&) const {
    return std::nullopt;
  }
};

}  // namespace

bool RenameScope::contains(const ObjectRef& ref) const {
  if (whole_relation) {
    return ref.name == renamed.name && ref.kind != ObjectKind::schema && ref.kind != ObjectKind::extension &&
           ref.kind != ObjectKind::type && ref.kind != ObjectKind::sequence && ref.kind != ObjectKind::index &&
           ref.kind != ObjectKind::routine;
  }
  if (whole_type) {
    return ref.kind == ObjectKind::type && ref.name == renamed.name;
  }
  return ref == renamed;
}

std::optional<RenameScope> rename_scope(const Operation& operation) { return std::visit(ScopeOf{}, operation); }

}  // namespace schemadiff::planning
