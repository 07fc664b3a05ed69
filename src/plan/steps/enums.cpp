// SPDX-License-Identifier: MIT
// Steps of enum types. A type's own statements lock no table; re-typing the columns of a
// replaced enum is ALTER TABLE ... ALTER COLUMN TYPE on each of their tables.
#include <algorithm>

#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"

namespace schemadiff::planning {

template <>
StepSpec step_spec(const CreateEnum& op, const PlanContext& context) {
  StepSpec spec = step(Phase::create_enum, op.subject(), "create");
  spec.refs = created({op.subject()}, enum_requirements(op.type, context.to));
  return spec;
}

template <>
StepSpec step_spec(const DropEnum& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_enum, op.subject(), "drop");
  spec.refs = dropped({op.subject()}, enum_requirements(op.type, context.from));
  return spec;
}

// A label added by ALTER TYPE ... ADD VALUE cannot be used until its transaction commits
// (SQLSTATE 55P04), and the plan may well use it next (a default, a CHECK): the step runs
// on its own, committed before what follows.
template <>
StepSpec step_spec(const AddEnumValue& op, const PlanContext&) {
  StepSpec spec = step(Phase::add_enum_value, op.subject(), "add_value", op.label);
  // A label placed next to another new label waits for that one.
  spec.refs = changed({op.subject()}, {}, {});
  spec.refs.creates.insert(enum_label_ref(op.type, op.label));
  for (const auto& neighbour : {op.before, op.after}) {
    if (neighbour) {
      spec.refs.needs.insert(enum_label_ref(op.type, *neighbour));
    }
  }
  spec.facts.tx = TxMode::outside_transaction;
  return spec;
}

template <>
StepSpec step_spec(const ReplaceEnum& op, const PlanContext& context) {
  StepSpec spec = step(Phase::replace_enum, op.subject(), "replace");
  // The columns are re-typed in place, so whatever reads them waits like for AlterColumn.
  RefSet modified{op.subject()};
  modified.merge(retyped_columns(op.columns, context.from));
  spec.refs = changed(std::move(modified), enum_requirements(op.to, context.to),
                      enum_requirements(op.from, context.from));
  const bool removes_label = std::any_of(op.from.labels.begin(), op.from.labels.end(), [&op](const std::string& label) {
    return std::find(op.to.labels.begin(), op.to.labels.end(), label) == op.to.labels.end();
  });
  if (removes_label) {
    spec.facts.hazards.push_back(k_deletes);
  }
  // Every column is re-typed through text: a full rewrite of each table.
  if (!op.columns.empty()) {
    spec.facts.hazards.push_back(k_rewrites);
    spec.facts.hazards.push_back(k_locks);
    spec.facts.lock = LockLevel::access_exclusive;
  }
  return spec;
}

}  // namespace schemadiff::planning
