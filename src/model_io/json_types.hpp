// SPDX-License-Identifier: MIT
// Collations, domains, composite and range types in the snapshot format: the writer's
// and reader's halves, kept out of json_write.cpp / json_read.cpp.
#pragma once

#include <vector>

#include "model_io/json_detail.hpp"

namespace schemadiff::model_io {

Json collation_json(const Collation& collation);
Json domain_json(const Domain& domain);
Json composite_type_json(const CompositeType& type);
Json range_type_json(const RangeType& type);

/// Adds the optional sections `collations`, `domains`, `composite_types` and
/// `range_types`, read into `model` and rejecting an object that appears twice.
void add_user_type_sections(std::vector<Section>& sections, SchemaModel& model);

}  // namespace schemadiff::model_io
