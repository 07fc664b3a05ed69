// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "schemadiff/plan/plan.hpp"

namespace schemadiff {

/// A step line carries a planned step's facts into a script or revision file, on the line
/// before each of the step's statements:
///
///     -- schemadiff:step hazards=deletes_data,access_exclusive_lock lock=access_exclusive tx=yes
///
/// `hazards=` is left out when there are none. Readers take the facts from these lines
/// instead of guessing them from the SQL; a statement without one has unknown facts.
inline constexpr std::string_view k_step_marker = "-- schemadiff:step";

/// The step line for `facts` (no newline).
std::string format_step_line(const StepFacts& facts);

/// Whether `line` (trimmed) is a step line, well-formed or not: the marker, then a space
/// or the end of the line.
bool is_step_line(std::string_view line);

/// The facts of a step line. `hazards` may be absent or empty; `lock` and `tx` are
/// required. An unknown key, a repeated key, an unknown hazard or lock level, or a `tx`
/// other than yes/no is an Error whose message names the word.
StepFacts parse_step_line(std::string_view line);

}  // namespace schemadiff
