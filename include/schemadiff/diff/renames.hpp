// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/model/rename.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

/// The rename operations `renames` call for between `from` and `to`, in the order they
/// must run (relations, types, indexes and routines before their members), and `from` as
/// it is after them. A rename applies when `from` has the old object and not the new one,
/// and `to` has the new one and not the old: once a database has the new name a hint does
/// nothing, so hints can stay in model files. Renames that do not apply are ignored.
struct Renamed {
  std::vector<Operation> operations;
  SchemaModel model;  ///< `from` with the operations applied
};

Renamed rename_operations(const SchemaModel& from, const SchemaModel& to, const std::vector<Rename>& renames);

/// For each object the operations drop while creating a similar one (same columns and
/// types, same definition but for the name), the hint that would make it a rename, e.g.
/// `table public.zones was dropped and public.camera_zones created with the same columns;
/// if it was renamed, put "-- schemadiff:renamed-from zones" on the line before CREATE
/// TABLE public.camera_zones in the model, or pass --rename table:public.zones=camera_zones`.
std::vector<std::string> rename_suggestions(const std::vector<Operation>& operations);

}  // namespace schemadiff
