// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/model/rename.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

struct DiffOptions {
  /// Objects to rename rather than drop and create (hints and --rename); see
  /// diff/renames.hpp for when one applies. For the downgrade, pass them reversed.
  std::vector<Rename> renames;
};

/// The operations that turn `from` into `to`, in a deterministic (kind, identity) order;
/// ordering for execution is the planner's job. Objects are matched by identity. An
/// alteration PostgreSQL cannot do in place becomes a drop and a create, and every object
/// that depends on something dropped or re-typed (views on views, indexes, CHECKs, triggers;
/// found through `from.dependencies`) is dropped too and, if `to` still has it, created again.
/// Renames (options.renames that apply) come first; the rest is the diff between `from` as
/// it is after them and `to`, which is why plan() is given the renames with the rest.
std::vector<Operation> diff(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options = {});

}  // namespace schemadiff
