// SPDX-License-Identifier: MIT
// Steps of columns: every ALTER TABLE form on a column takes ACCESS EXCLUSIVE.
#include <algorithm>
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "plan/object_requirements.hpp"
#include "plan/steps/steps.hpp"
#include "plan/type_change.hpp"

namespace schemadiff::planning {
namespace {

// Functions whose call in a new column's default makes PostgreSQL fill every existing row
// (a non-volatile default is stored once in the catalog instead). User-defined volatile
// functions are not recognised.
constexpr std::array<std::string_view, 9> k_volatile_calls = {
    "nextval(",           "random(",          "clock_timestamp(", "gen_random_uuid(", "uuid_generate_v1",
    "uuid_generate_v4(",  "timeofday(",       "txid_current(",    "setseed(",
};

bool has_volatile_call(const std::string& expression) {
  return std::any_of(k_volatile_calls.begin(), k_volatile_calls.end(),
                     [&expression](std::string_view call) { return expression.find(call) != std::string::npos; });
}

}  // namespace

// New columns of one table are added in the order the wanted model declares them, so a
// migrated table has the column order of one created from the models.
template <>
StepSpec step_spec(const AddColumn& op, const PlanContext& context) {
  StepSpec spec = step(Phase::add_column, op.subject(), "add");
  const auto& tables = context.to.model().tables;
  if (const auto table = tables.find(op.table); table != tables.end()) {
    const auto& columns = table->second.columns;
    const auto position = static_cast<std::size_t>(
        std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == op.column.name; }) -
        columns.begin());
    spec.key = fmt::format("column:{}:add:{:06}", display(table_ref(op.table)), position);
  }
  spec.refs = created(column_tree(op.table, op.column.name, context.to),
                      column_requirements(op.table, op.column, context.to));
  const Column& column = op.column;
  const bool fills_rows =
      column.generated || column.identity || (column.default_expr && has_volatile_call(*column.default_expr));
  spec.facts.hazards = fills_rows ? std::vector<Hazard>{k_rewrites, k_locks} : std::vector<Hazard>{k_locks};
  spec.facts.lock = LockLevel::access_exclusive;
  return spec;
}

template <>
StepSpec step_spec(const DropColumn& op, const PlanContext& context) {
  StepSpec spec = step(Phase::drop_column, op.subject(), "drop");
  spec.refs = dropped(column_tree(op.table, op.column.name, context.from),
                      column_requirements(op.table, op.column, context.from));
  take_along(spec.refs, context.from.sequences_owned_by(op.table, op.column.name), context.from);
  spec.facts = {.hazards = {k_deletes, k_locks}, .lock = LockLevel::access_exclusive};
  return spec;
}

template <>
StepSpec step_spec(const AlterColumn& op, const PlanContext& context) {
  StepSpec spec = step(Phase::alter_column, op.subject(), "alter");
  RefSet modified = column_tree(op.table, op.to.name, context.from);
  modified.merge(column_tree(op.table, op.to.name, context.to));
  spec.refs = changed(std::move(modified), column_requirements(op.table, op.to, context.to),
                      column_requirements(op.table, op.from, context.from));
  spec.facts = {.hazards = {k_locks}, .lock = LockLevel::access_exclusive};
  if (op.change.type) {
    if (!is_known_widening(op.from.type, op.to.type)) {
      spec.facts.hazards.push_back(k_deletes);
    }
    if (!is_rewrite_free(op.from.type, op.to.type)) {
      spec.facts.hazards.push_back(k_rewrites);
    }
  }
  return spec;
}

}  // namespace schemadiff::planning
