// SPDX-License-Identifier: MIT
#include "schemadiff/diff/diff.hpp"

#include <utility>

#include "diff/diff_detail.hpp"
#include "schemadiff/diff/renames.hpp"

namespace schemadiff {
namespace {

std::vector<Operation> natural_diff(const SchemaModel& from, const SchemaModel& to) {
  diff_detail::Operations ops;
  diff_detail::diff_schemas(from, to, ops);
  diff_detail::diff_extensions(from, to, ops);
  diff_detail::diff_sequences(from, to, ops);
  diff_detail::diff_tables(from, to, ops);
  diff_detail::diff_enums(from, to, ops);
  diff_detail::diff_indexes(from, to, ops);
  diff_detail::diff_views(from, to, ops);
  diff_detail::diff_routines(from, to, ops);
  diff_detail::diff_triggers(from, to, ops);
  diff_detail::expand_dependents(from, to, ops);
  return std::move(ops).release();
}

}  // namespace

std::vector<Operation> diff(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options) {
  std::vector<Operation> renames = rename_operations(from, to, options.renames);
  if (renames.empty()) {
    return natural_diff(from, to);
  }
  std::vector<Operation> rest = natural_diff(apply_renames(from, renames), to);
  renames.insert(renames.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
  return renames;
}

}  // namespace schemadiff
