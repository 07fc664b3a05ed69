// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::cli {

/// Reads a schema model from where `source` says: a `postgresql://` URL (or libpq
/// keyword string) is introspected; a `.json` file is a snapshot; a directory or `.sql`
/// file holds declared models, applied to a scratch database.
SchemaModel load_model_source(const std::string& source, const IntrospectOptions& introspect_options,
                              const ScratchOptions& scratch);

}  // namespace schemadiff::cli
