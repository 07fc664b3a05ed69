// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/model/rename.hpp"

namespace schemadiff {

/// The `-- schemadiff:renamed-from OLD` hints of model files (load_declared_model reads
/// them with the model). A hint sits on the line (or lines) before what it renames:
///
///   -- schemadiff:renamed-from zones
///   CREATE TABLE camera_zones (
///     -- schemadiff:renamed-from name
///     label text NOT NULL,
///     -- schemadiff:renamed-from ck_zones_priority
///     CONSTRAINT ck_camera_zones_priority CHECK (priority >= 0)
///   );
///
/// before CREATE TABLE, CREATE [UNIQUE] INDEX, CREATE TYPE ... AS ENUM, CREATE [MATERIALIZED]
/// VIEW, CREATE FUNCTION / PROCEDURE, ALTER TABLE ... ADD CONSTRAINT; inside CREATE TABLE
/// before a column or a named constraint; inside CREATE TYPE ... AS ENUM before a label
/// (OLD then is the old label, quoted or not). OLD is a name as SQL writes it (folded to
/// lower case unless double-quoted), optionally schema-qualified with the object's own
/// schema. Unqualified object names are in `public`. A hint anywhere else, or two hints
/// for one object, is a ModelError at file:line:column.
std::vector<Rename> rename_hints(const std::vector<ModelFile>& files);

/// The hints of the files of model_files(location).
std::vector<Rename> read_rename_hints(const std::string& location);

}  // namespace schemadiff
