// SPDX-License-Identifier: MIT
// Small model builders shared by the planner's tests.
#pragma once

#include <string>
#include <vector>

#include "plan/operation_keys.hpp"
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

inline std::vector<std::string> keys_of(const Plan& plan) {
  std::vector<std::string> keys;
  for (const PlannedStep& step : plan.steps) {
    keys.push_back(planning::operation_key(step.operation).key);
  }
  return keys;
}

}  // namespace schemadiff::plan_test
