// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::cli {

/// Reads a schema model from where `source` says: a `postgresql://` URL (or libpq
/// keyword string) is introspected; a `.json` file is a snapshot; a directory or `.sql`
/// file holds declared models, applied to a scratch database.
SchemaModel load_model_source(const std::string& source, const IntrospectOptions& introspect_options,
                              const ScratchOptions& scratch);

/// True when `source` names a database (a URL or libpq keyword string), not a file.
bool is_database_source(const std::string& source);
/// Declared models (a directory or .sql file), neither a URL nor a .json snapshot.
bool is_declared_source(const std::string& source);

/// Where declared models are applied when neither --dev-url nor `dev_url` says: a scratch
/// database on the server of the database side of the comparison (same version and
/// extensions), else the embedded server. Also records that side's server version so a
/// mismatch with the scratch server can be reported.
ScratchOptions default_scratch(const std::optional<std::string>& dev_url, const std::vector<std::string>& sources,
                               std::function<void(const std::string&)> warn);

}  // namespace schemadiff::cli
