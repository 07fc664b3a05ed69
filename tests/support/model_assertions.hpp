// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::testing {

/// Success when the models are equal; otherwise the lines of their JSON snapshots that
/// differ, so a failing round trip says which object and field.
::testing::AssertionResult models_equal(const SchemaModel& actual, const SchemaModel& expected);

}  // namespace schemadiff::testing
