// SPDX-License-Identifier: MIT
#pragma once

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::diff_detail {

/// `model` as it is after the rename ran on a database that had it.
void apply_rename(SchemaModel& model, const RenameTable& op);
void apply_rename(SchemaModel& model, const RenameColumn& op);
void apply_rename(SchemaModel& model, const RenameIndex& op);
void apply_rename(SchemaModel& model, const RenameConstraint& op);
void apply_rename(SchemaModel& model, const RenameEnum& op);
void apply_rename(SchemaModel& model, const RenameEnumValue& op);
void apply_rename(SchemaModel& model, const RenameView& op);
void apply_rename(SchemaModel& model, const RenameMaterializedView& op);
void apply_rename(SchemaModel& model, const RenameRoutine& op);
void apply_rename(SchemaModel& model, const RenameSequence& op);

}  // namespace schemadiff::diff_detail
