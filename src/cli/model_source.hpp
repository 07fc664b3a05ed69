// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "schemadiff/engine/compare.hpp"

namespace schemadiff::cli {

/// What a `--from`/`--to` argument names: a `postgresql://` URL (or libpq keyword string)
/// is a database; a `.json` file a snapshot; a directory or `.sql` file declared models.
ModelSource parse_model_source(const std::string& argument);

}  // namespace schemadiff::cli
