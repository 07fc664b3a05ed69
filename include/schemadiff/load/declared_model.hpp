// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/model/rename.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

class Database;

/// The `.sql` files of a models location in the order they are applied: a single file as
/// is, or every `*.sql` below a directory, sorted by relative path (byte order).
std::vector<std::string> model_files(const std::string& location);

/// One model file and its text, read once for everything that needs it.
struct ModelFile {
  std::string path;
  std::string text;
};

/// The files of model_files(location), read.
std::vector<ModelFile> read_model_files(const std::string& location);

/// What declared models say: the schema PostgreSQL made of them, and their
/// `-- schemadiff:renamed-from` hints (see rename_hints.hpp).
struct DeclaredModel {
  SchemaModel model;
  std::vector<Rename> renames;
};

/// Applies the model files of `location` to `scratch` and introspects it with the same
/// introspector as a live database, so both sides of a diff are normalized by PostgreSQL;
/// the hints come from the same reading of the files. `scratch` is an empty database that
/// the caller created for this and drops afterwards: model files run arbitrary SQL, so it
/// must never be a database (or on a server) that matters.
DeclaredModel load_declared_model(const std::string& location, Database& scratch,
                                  const IntrospectOptions& introspect_options = {});

}  // namespace schemadiff
