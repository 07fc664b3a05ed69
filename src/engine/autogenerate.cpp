// SPDX-License-Identifier: MIT
#include "schemadiff/engine/autogenerate.hpp"

#include <algorithm>

#include "schemadiff/render/render.hpp"

namespace schemadiff {

GeneratedMigration generate_migration(const ModelSource& current, const ModelSource& wanted, ScratchServer& scratch,
                                      CompareOptions options) {
  options.directions = Directions::both;
  Comparison comparison = compare(current, wanted, scratch, options);
  GeneratedMigration result;
  result.upgrade_plan = std::move(comparison.forward->plan);
  result.downgrade_plan = std::move(comparison.backward->plan);
  result.upgrade = render_script(result.upgrade_plan);
  result.downgrade = render_script(result.downgrade_plan);
  for (const auto& step : result.upgrade_plan.steps) {
    const bool deletes = std::find(step.facts.hazards.begin(), step.facts.hazards.end(), Hazard::deletes_data) !=
                         step.facts.hazards.end();
    for (auto& statement : render(step.operation)) {
      ++result.upgrade_statements;
      if (deletes) {
        result.destructive.push_back(std::move(statement));
      }
    }
  }
  result.rename_suggestions = std::move(comparison.forward->rename_suggestions);
  result.unmanaged_current = std::move(comparison.unmanaged_from);
  result.unmanaged_wanted = std::move(comparison.unmanaged_to);
  result.warnings = std::move(comparison.warnings);
  return result;
}

}  // namespace schemadiff
