// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

/// A human-readable listing of the model, one object per line with its parts indented
/// (the default output of `schemadiff inspect`). Deterministic, like the JSON.
std::string format_model_text(const SchemaModel& model);

}  // namespace schemadiff
