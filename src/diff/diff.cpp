// SPDX-License-Identifier: MIT
#include "schemadiff/diff/diff.hpp"

#include <utility>

#include "diff/diff_detail.hpp"

namespace schemadiff {

std::vector<Operation> diff(const SchemaModel& from, const SchemaModel& to, const DiffOptions& /*options*/) {
  diff_detail::Operations ops;
  diff_detail::diff_schemas(from, to, ops);
  diff_detail::diff_extensions(from, to, ops);
  diff_detail::diff_sequences(from, to, ops);
  diff_detail::diff_tables(from, to, ops);
  diff_detail::diff_enums(from, to, ops);
  diff_detail::diff_collations(from, to, ops);
  diff_detail::diff_domains(from, to, ops);
  diff_detail::diff_composite_types(from, to, ops);
  diff_detail::diff_range_types(from, to, ops);
  diff_detail::diff_indexes(from, to, ops);
  diff_detail::diff_views(from, to, ops);
  diff_detail::diff_routines(from, to, ops);
  diff_detail::diff_triggers(from, to, ops);
  diff_detail::expand_dependents(from, to, ops);
  return std::move(ops).release();
}

}  // namespace schemadiff
