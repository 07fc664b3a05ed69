// SPDX-License-Identifier: MIT
// Collations, domains, composite and range types in the snapshot format: the writer's
// and reader's halves, kept out of json_write.cpp / json_read.cpp.
#pragma once

#include "model_io/json_detail.hpp"

namespace schemadiff::model_io {

Json collation_json(const Collation& collation);
Json domain_json(const Domain& domain);
Json composite_type_json(const CompositeType& type);
Json range_type_json(const RangeType& type);

/// Reads the optional top-level keys `collations`, `domains`, `composite_types` and
/// `range_types` into `model`, rejecting an object that appears twice.
void read_user_types(JsonReader& root, SchemaModel& model);

}  // namespace schemadiff::model_io
