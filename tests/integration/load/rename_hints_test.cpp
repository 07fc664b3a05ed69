// SPDX-License-Identifier: MIT
// Each folder of fixtures/load/rename_hints/ holds a model.sql and either expected.txt
// (the hints it declares, one `describe(rename)` per line, in file order) or error.txt
// (text the ModelError must contain, starting with `model.sql:line:column`).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "schemadiff/error.hpp"
#include "schemadiff/load/rename_hints.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> hint_cases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(testing::fixture_path("load/rename_hints"))) {
    cases.push_back(entry.path().filename().string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::string trimmed(std::string text) {
  text.erase(text.find_last_not_of("\n") + 1);
  return text;
}

class RenameHints : public ::testing::TestWithParam<std::string> {};

TEST_P(RenameHints, ReadAsDeclared) {
  const fs::path dir = testing::fixture_path("load/rename_hints/" + GetParam());
  const std::string model = (dir / "model.sql").string();
  if (fs::exists(dir / "error.txt")) {
    const std::string expected = trimmed(testing::read_file((dir / "error.txt").string()));
    try {
      read_rename_hints(model);
      FAIL() << "expected a ModelError";
    } catch (const ModelError& e) {
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
      EXPECT_EQ(std::string(e.what()).rfind(model, 0), 0u) << e.what();
    }
    return;
  }
  std::string actual;
  for (const Rename& rename : read_rename_hints(model)) {
    actual += describe(rename) + "\n";
  }
  EXPECT_EQ(actual, testing::read_file((dir / "expected.txt").string()));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, RenameHints, ::testing::ValuesIn(hint_cases()));

TEST(RenameHintsDirectory, ReadsEveryFileInPathOrder) {
  const std::vector<Rename> renames = read_rename_hints(testing::fixture_path("diff/renames/table"));
  ASSERT_EQ(renames.size(), 1u);
  EXPECT_EQ(describe(renames[0]), "table public.zones -> camera_zones");
}

}  // namespace
}  // namespace schemadiff
