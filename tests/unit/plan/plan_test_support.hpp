// SPDX-License-Identifier: MIT
// Small model builders shared by the planner's tests.
#pragma once

#include <string>
#include <vector>

#include "plan/steps/steps.hpp"
#include "schemadiff/plan/plan.hpp"

namespace schemadiff::plan_test {

inline QualifiedName pub(const std::string& name) { return {"public", name}; }

inline IndexKey key_on(const std::string& column) {
  IndexKey key;
  key.expression = column;
  return key;
}

inline Column column(const std::string& name, const std::string& type) {
  Column result;
  result.name = name;
  result.type = type;
  return result;
}

inline Table table(const std::string& name, std::vector<Column> columns) {
  Table result;
  result.name = pub(name);
  result.columns = std::move(columns);
  return result;
}

/// A table with one `id integer` column.
inline Table table(const std::string& name) { return table(name, {column("id", "integer")}); }

inline Constraint constraint(const std::string& name, ConstraintKind kind) {
  Constraint result;
  result.name = name;
  result.kind = std::move(kind);
  return result;
}

/// The planner's spec of `operation` alone, planned between empty models.
inline planning::StepSpec spec_alone(const Operation& operation) {
  const SchemaModel empty;
  const ModelIndex index(empty);
  const planning::SeparateConstraints separate;
  return planning::spec_of(operation, {index, index, separate});
}

/// The tie-break key the planner gives `operation` (an added column's without its
/// position in the wanted table).
inline std::string key_of(const Operation& operation) { return spec_alone(operation).key; }

inline std::vector<std::string> keys_of(const Plan& plan) {
  std::vector<std::string> keys;
  for (const PlannedStep& step : plan.steps) {
    keys.push_back(key_of(step.operation));
  }
  return keys;
}

}  // namespace schemadiff::plan_test
