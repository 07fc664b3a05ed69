// SPDX-License-Identifier: MIT
#include "schemadiff/render/render.hpp"

#include <variant>

#include "render/render_detail.hpp"

namespace schemadiff {

std::vector<std::string> render(const Operation& operation) {
  return std::visit([](const auto& op) { return render_detail::render_operation(op); }, operation);
}

std::string render_script(const Plan& plan) {
  std::string script;
  for (const PlannedStep& step : plan.steps) {
    if (step.facts.tx == TxMode::outside_transaction) {
      script += std::string(k_no_transaction_marker) + "\n";
    }
    for (const std::string& statement : render(step.operation)) {
      script += statement;
      script += ";\n";
    }
  }
  return script;
}

}  // namespace schemadiff
