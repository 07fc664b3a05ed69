// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

#include "schemadiff/plan/plan.hpp"

namespace schemadiff::cli {

/// The plan as JSON: {"statements": [{"sql": ..., "hazards": [...], "transactional": bool}]}.
void print_plan_json(const Plan& plan, std::ostream& out);

/// One line per hazardous statement (`hazard deletes_data: DROP TABLE ...`), for stderr.
void print_hazard_summary(const Plan& plan, std::ostream& err);

}  // namespace schemadiff::cli
