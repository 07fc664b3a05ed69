// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

#include "schemadiff/plan/plan.hpp"

namespace schemadiff {

/// The plan as JSON, 2-space indented, ending in a newline:
/// {"statements": [{"sql": ..., "hazards": [...], "lock": ..., "transactional": bool}]},
/// one entry per statement, each with the facts of its step. Text that is not UTF-8 has
/// its bad bytes replaced by U+FFFD.
void write_plan_json(const Plan& plan, std::ostream& out);

}  // namespace schemadiff
