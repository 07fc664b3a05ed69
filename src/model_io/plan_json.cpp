// SPDX-License-Identifier: MIT
#include "schemadiff/model_io/plan_json.hpp"

#include <ostream>

#include "model_io/json_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff {

void write_plan_json(const Plan& plan, std::ostream& out) {
  using model_io::Json;
  Json statements = Json::array();
  for (const auto& step : plan.steps) {
    Json hazards = Json::array();
    for (const Hazard hazard : step.facts.hazards) {
      hazards.push_back(to_string(hazard));
    }
    for (const auto& sql : render(step.operation)) {
      Json statement;
      statement["sql"] = sql;
      statement["hazards"] = hazards;
      statement["lock"] = to_string(step.facts.lock);
      statement["transactional"] = step.facts.tx == TxMode::transactional;
      statements.push_back(std::move(statement));
    }
  }
  Json document;
  document["statements"] = std::move(statements);
  // Identifiers and literals come from the catalogs byte for byte; a database in another
  // encoding must not make the whole output fail.
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace schemadiff
