// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

/// The model as schemadiff's JSON snapshot format (documented in docs/json-format.md):
/// objects in identity order, 2-space indented, ending in a newline. The same model
/// always gives the same bytes.
std::string dump_model_json(const SchemaModel& model);
/// The same, written to `out` as it is produced: a 10,000-table snapshot never exists
/// whole in memory.
void write_model_json(const SchemaModel& model, std::ostream& out);

/// Reads a snapshot written by dump_model_json. Unknown keys, missing required keys and
/// wrong types are ModelErrors naming the JSON path, e.g.
/// `tables[3].columns[1].type: expected a string`. `source` (a file name) prefixes the path.
SchemaModel load_model_json(std::string_view text, const std::string& source = {});

}  // namespace schemadiff
