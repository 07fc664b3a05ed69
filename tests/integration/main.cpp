// SPDX-License-Identifier: MIT
// The integration binary's entry point: runs the tests, then stops the shared embedded
// server before returning so its directory is gone when the binary exits.
#include <gtest/gtest.h>

#include "support/test_database.hpp"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  const int result = RUN_ALL_TESTS();
  schemadiff::testing::stop_shared_server();
  return result;
}
