// SPDX-License-Identifier: MIT
#include "cli/plan_output.hpp"

#include <ostream>
#include <string>

#include "schemadiff/render/render.hpp"

namespace schemadiff::cli {
namespace {

std::string one_line(std::string_view sql) {
  std::string line(sql.substr(0, sql.find('\n')));
  return line.size() < sql.size() ? line + " ..." : line;
}

}  // namespace

void print_hazard_summary(const Plan& plan, std::ostream& err) {
  for (const auto& step : plan.steps) {
    if (step.facts.hazards.empty()) {
      continue;
    }
    std::string names;
    for (const auto hazard : step.facts.hazards) {
      names += (names.empty() ? "" : ", ") + to_string(hazard);
    }
    const auto statements = render(step.operation);
    err << "hazard " << names << ": " << (statements.empty() ? "" : one_line(statements.front())) << '\n';
  }
}

}  // namespace schemadiff::cli
