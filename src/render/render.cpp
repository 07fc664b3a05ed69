// SPDX-License-Identifier: MIT
#include "schemadiff/render/render.hpp"

#include <variant>

#include "render/render_detail.hpp"
#include "schemadiff/render/step_line.hpp"

namespace schemadiff {

std::vector<std::string> render(const Operation& operation) {
  return std::visit([](const auto& op) { return render_detail::render_operation(op); }, operation);
}

std::string render_script(const Plan& plan) {
  std::string script;
  for (const PlannedStep& step : plan.steps) {
    const std::string step_line = format_step_line(step.facts);
    for (const std::string& statement : render(step.operation)) {
      script += step_line;
      script += "\n";
      script += statement;
      script += ";\n";
    }
  }
  return script;
}

}  // namespace schemadiff
