// SPDX-License-Identifier: MIT
#include <string>
#include <string_view>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

constexpr std::string_view k_not_valid_suffix = " NOT VALID";

std::string without_not_valid(const std::string& definition) {
  if (definition.ends_with(k_not_valid_suffix)) {
    return definition.substr(0, definition.size() - k_not_valid_suffix.size());
  }
  return definition;
}

/// NOT VALID -> validated with nothing else changed: VALIDATE CONSTRAINT checks the
/// existing rows without rebuilding anything. pg_get_constraintdef ends a NOT VALID
/// constraint's definition with ` NOT VALID`, so that suffix is not a change.
bool only_validated(const Constraint& from, const Constraint& to) {
  if (from.validation != Validation::not_valid || to.validation != Validation::validated) {
    return false;
  }
  Constraint adjusted = from;
  adjusted.validation = to.validation;
  adjusted.definition = without_not_valid(from.definition);
  adjusted.comment = to.comment;
  return adjusted == to;
}

}  // namespace

void diff_constraints(const Table& from, const Table& to, Operations& ops) {
  diff_maps(
      from.constraints, to.constraints,
      [&](const Constraint& constraint) { ops.put(DropConstraint{to.name, constraint}); },
      [&](const Constraint& constraint) { add_constraint(ops, to.name, constraint); },
      [&](const Constraint& before, const Constraint& after) {
        if (!equal_but_comment(before, after) && !only_validated(before, after)) {
          return Alteration::recreate;
        }
        if (only_validated(before, after)) {
          ops.put(ValidateConstraint{to.name, after});
        }
        set_comment(ops, constraint_ref(to.name, after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
