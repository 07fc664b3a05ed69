// SPDX-License-Identifier: MIT
#include "schemadiff/diff/diff.hpp"

#include <utility>

#include "diff/diff_detail.hpp"
#include "schemadiff/diff/renames.hpp"

namespace schemadiff {
namespace {

std::vector<Operation> natural_diff(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options) {
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
  diff_detail::diff_policies(from, to, ops);
  diff_detail::expand_dependents(from, to, ops);
  diff_detail::settle_attached_indexes(from, to, ops);
  diff_detail::diff_replica_identities(from, to, ops);
  // After the expansion: an object it drops and creates again starts from default
  // privileges and the migrating role as owner.
  if (options.with_privileges) {
    diff_detail::diff_privileges(from, to, ops);
  }
  if (options.with_owners) {
    diff_detail::diff_owners(from, to, ops);
  }
  return std::move(ops).release();
}

}  // namespace

Diff diff_models(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options) {
  Renamed renamed = rename_operations(from, to, options.renames);
  Diff result;
  if (renamed.operations.empty()) {
    result.operations = natural_diff(from, to, options);
    return result;
  }
  result.operations = std::move(renamed.operations);
  result.renamed_from = std::move(renamed.model);
  std::vector<Operation> rest = natural_diff(*result.renamed_from, to, options);
  result.operations.insert(result.operations.end(), std::make_move_iterator(rest.begin()),
                           std::make_move_iterator(rest.end()));
  return result;
}

std::vector<Operation> diff(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options) {
  return diff_models(from, to, options).operations;
}

}  // namespace schemadiff
