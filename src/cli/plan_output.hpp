// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

#include "schemadiff/plan/plan.hpp"

namespace schemadiff::cli {

/// One line per hazardous statement (`hazard deletes_data: DROP TABLE ...`), for stderr.
void print_hazard_summary(const Plan& plan, std::ostream& err);

}  // namespace schemadiff::cli
