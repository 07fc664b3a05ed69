// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/model/rename.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

struct DiffOptions {
  /// Objects to rename rather than drop and create (hints and --rename); see
  /// diff/renames.hpp for when one applies. For the downgrade, pass them reversed.
  std::vector<Rename> renames = {};
  /// Compare SchemaModel::privileges (GRANT / REVOKE); off: privileges never differ.
  bool with_privileges = false;
  /// Compare SchemaModel::owners (ALTER ... OWNER TO); off: owners never differ.
  bool with_owners = false;
};

/// The operations that turn `from` into `to`, in a deterministic (kind, identity) order;
/// ordering for execution is the planner's job. Objects are matched by identity. An
/// alteration PostgreSQL cannot do in place becomes a drop and a create, and every object
/// that depends on something dropped or re-typed (views on views, indexes, CHECKs, triggers;
/// found through `from.dependencies`) is dropped too and, if `to` still has it, created again.
/// Renames (options.renames that apply) come first; the rest is the diff between `from` as
/// it is after them and `to`: plan that with the model diff_models() returns.
std::vector<Operation> diff(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options = {});

/// diff()'s operations with the model they were computed against.
struct Diff {
  std::vector<Operation> operations;
  /// `from` as it is after the renames among `operations`: what every other operation
  /// was computed against. Unset when no rename applies (`from` itself then).
  std::optional<SchemaModel> renamed_from;
};

Diff diff_models(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options = {});

}  // namespace schemadiff
