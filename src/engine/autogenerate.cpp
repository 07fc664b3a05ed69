// SPDX-License-Identifier: MIT
#include "schemadiff/engine/autogenerate.hpp"

#include <algorithm>

#include "schemadiff/diff/diff.hpp"
#include "schemadiff/diff/renames.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff/revision/revision.hpp"

namespace schemadiff {
namespace {

struct RenderedPlan {
  std::string sql;
  std::vector<std::string> destructive;
  std::size_t statements = 0;
  std::vector<std::string> rename_suggestions;
};

DiffOptions reversed(const DiffOptions& options) {
  DiffOptions result = options;
  for (Rename& rename : result.renames) {
    rename = reversed(rename);
  }
  return result;
}

RenderedPlan render_plan(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options) {
  const Diff changes = diff_models(from, to, options);
  const Plan steps = plan(changes, from, to);
  RenderedPlan result;
  result.rename_suggestions = rename_suggestions(changes.operations);
  result.sql = render_script(steps);
  for (const auto& step : steps.steps) {
    const bool deletes = std::find(step.facts.hazards.begin(), step.facts.hazards.end(), Hazard::deletes_data) !=
                         step.facts.hazards.end();
    for (const auto& statement : render(step.operation)) {
      ++result.statements;
      if (deletes) {
        result.destructive.push_back(statement);
      }
    }
  }
  return result;
}

}  // namespace

GeneratedMigration generate_migration(const SchemaModel& current, const SchemaModel& wanted,
                                      const DiffOptions& options) {
  RenderedPlan upgrade = with_context("planning the upgrade", [&] { return render_plan(current, wanted, options); });
  RenderedPlan downgrade =
      with_context("planning the downgrade", [&] { return render_plan(wanted, current, reversed(options)); });
  return GeneratedMigration{std::move(upgrade.sql), std::move(downgrade.sql), std::move(upgrade.destructive),
                            upgrade.statements, std::move(upgrade.rename_suggestions)};
}

}  // namespace schemadiff
