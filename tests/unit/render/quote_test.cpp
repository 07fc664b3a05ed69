// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

TEST(RenderQuote, QualifiedNamesQuoteBothParts) {
  EXPECT_EQ(quote_qualified({"public", "users"}), "\"public\".\"users\"");
  EXPECT_EQ(quote_qualified({"My Schema", "a.b"}), "\"My Schema\".\"a.b\"");
  EXPECT_EQ(quote_qualified({"public", "select"}), "\"public\".\"select\"");
}

}  // namespace
}  // namespace schemadiff
