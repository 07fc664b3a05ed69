// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

class Database;

struct IntrospectOptions {
  /// Only these schemas (empty: every non-system schema). Naming one that does not
  /// exist is an error.
  std::vector<std::string> include_schemas;
  /// Never these schemas.
  std::vector<std::string> exclude_schemas;
};

/// Reads the schema of the connected database from pg_catalog. Runs a fixed number of
/// queries (the files of introspection/) whatever the schema size. System schemas
/// (pg_catalog, information_schema, pg_toast, pg_temp_*) and objects owned by extensions
/// are left out. Every expression comes from the server's deparsers under an empty
/// search_path, so names are schema-qualified and the result does not depend on the session.
SchemaModel introspect(Database& db, const IntrospectOptions& options = {});

}  // namespace schemadiff
