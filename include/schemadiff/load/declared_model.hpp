// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

/// Where declared models are applied. `dev_url` empty or "embedded": a throwaway cluster
/// started for the occasion; otherwise a server where schemadiff may create and drop a
/// scratch database.
struct ScratchOptions {
  std::string dev_url;
  /// server_version_num of the database the models will be compared with (0: unknown).
  /// A scratch server of another major version normalizes DDL differently (e.g. view
  /// text), so a mismatch is reported through `warn`.
  int target_server_version = 0;
  std::function<void(const std::string&)> warn;
};

/// The `.sql` files of a models location in the order they are applied: a single file as
/// is, or every `*.sql` below a directory, sorted by relative path (byte order).
std::vector<std::string> model_files(const std::string& location);

/// Applies the model files to a fresh scratch database and introspects it with the same
/// introspector as a live database, so both sides of a diff are normalized by PostgreSQL.
/// The scratch database (and an embedded server) is always removed, also on error.
SchemaModel load_declared_model(const std::string& location, const ScratchOptions& scratch,
                                const IntrospectOptions& introspect_options = {});

}  // namespace schemadiff
