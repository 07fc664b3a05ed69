// SPDX-License-Identifier: MIT
// Every folder fixtures/diff/<group>/<case>/ with from.sql and to.sql is a test case:
// build both databases, plan the upgrade and the downgrade, compare them with the
// committed upgrade.sql / downgrade.sql (SCHEMADIFF_UPDATE_GOLDEN=1 rewrites those), then
// prove them: the upgrade, run on `from` in one transaction (but for steps that
// cannot run in one), gives a database that
// introspects equal to `to` with nothing left to diff; the downgrade brings it back to
// `from`. Rename hints in to.sql (`-- schemadiff:renamed-from`) are passed to the differ
// as the CLI does, reversed for the downgrade; diffing again after the upgrade proves a
// hint does nothing once its rename is done.
// A case folder may also hold an `options` file, one diff option per line
// (`with-privileges`, `with-owners`), which that case diffs with.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "schemadiff/diff/diff.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/load/rename_hints.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/render/render.hpp"
#include "support/model_assertions.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

namespace fs = std::filesystem;

struct DiffCase {
  std::string name;  ///< group/case
  fs::path dir;
  DiffOptions options;
};

DiffOptions read_options(const fs::path& dir) {
  DiffOptions options;
  std::ifstream input(dir / "options");
  for (std::string line; std::getline(input, line);) {
    if (line == "with-privileges") {
      options.with_privileges = true;
    } else if (line == "with-owners") {
      options.with_owners = true;
    } else if (!line.empty()) {
      throw Error((dir / "options").string() + ": unknown option " + line);
    }
  }
  return options;
}

void PrintTo(const DiffCase& c, std::ostream* os) { *os << c.name; }

std::vector<DiffCase> discover_cases() {
  std::vector<DiffCase> cases;
  const fs::path root = testing::fixture_path("diff");
  if (!fs::is_directory(root)) {
    return cases;
  }
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_directory() && fs::exists(entry.path() / "from.sql") && fs::exists(entry.path() / "to.sql")) {
      cases.push_back({fs::relative(entry.path(), root).generic_string(), entry.path(), read_options(entry.path())});
    }
  }
  std::sort(cases.begin(), cases.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

std::string test_name(const ::testing::TestParamInfo<DiffCase>& info) {
  std::string name;
  for (const char c : info.param.name) {
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  }
  return name;
}

bool update_golden() {
  const char* value = std::getenv("SCHEMADIFF_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

void check_golden(const fs::path& path, const std::string& actual) {
  if (update_golden()) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(path)) << path << " is missing: run the tests with SCHEMADIFF_UPDATE_GOLDEN=1 to write it";
  EXPECT_EQ(actual, testing::read_file(path.string()))
      << path << " differs from the planned SQL (SCHEMADIFF_UPDATE_GOLDEN=1 rewrites it after review)";
}

SchemaModel introspect_url(const testing::TestDatabase& db) {
  Database connection = db.connect();
  return introspect(connection);
}

std::string plan_sql(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options = {}) {
  return render_script(plan(diff_models(from, to, options), from, to));
}

DiffOptions upgrade_options(const DiffCase& c) {
  DiffOptions options = c.options;
  options.renames = read_rename_hints((c.dir / "to.sql").string());
  return options;
}

DiffOptions downgrade_options(const DiffCase& c) {
  DiffOptions options = upgrade_options(c);
  for (Rename& rename : options.renames) {
    rename = reversed(rename);
  }
  return options;
}

// Runs the plan as the engine does: consecutive transactional steps in one transaction,
// a step marked outside_transaction on its own. Empty when it ran; otherwise what
// PostgreSQL said.
std::string apply_plan(const testing::TestDatabase& db, const Plan& planned) {
  std::string batch;
  const auto flush = [&] {
    if (!batch.empty()) {
      db.execute("BEGIN;\n" + batch + "COMMIT;\n");
      batch.clear();
    }
  };
  try {
    for (const auto& step : planned.steps) {
      std::string sql;
      for (const auto& statement : render(step.operation)) {
        sql += statement + ";\n";
      }
      if (step.facts.tx == TxMode::outside_transaction) {
        flush();
        db.execute(sql);
      } else {
        batch += sql;
      }
    }
    flush();
    return {};
  } catch (const std::exception& e) {
    return describe(e);
  }
}

class DiffRoundTrip : public ::testing::TestWithParam<DiffCase> {};

TEST_P(DiffRoundTrip, UpgradeAndDowngradeConverge) {
  const DiffCase& c = GetParam();
  testing::TestDatabase from_db("from");
  testing::TestDatabase to_db("to");
  from_db.execute(testing::read_file((c.dir / "from.sql").string()));
  to_db.execute(testing::read_file((c.dir / "to.sql").string()));
  const SchemaModel from = introspect_url(from_db);
  const SchemaModel to = introspect_url(to_db);

  const DiffOptions up = upgrade_options(c);
  const DiffOptions down = downgrade_options(c);
  const Plan upgrade_plan = plan(diff_models(from, to, up), from, to);
  const Plan downgrade_plan = plan(diff_models(to, from, down), to, from);
  const std::string upgrade = render_script(upgrade_plan);
  const std::string downgrade = render_script(downgrade_plan);
  EXPECT_EQ(upgrade, plan_sql(from, to, up)) << "planning is not deterministic";
  check_golden(c.dir / "upgrade.sql", upgrade);
  check_golden(c.dir / "downgrade.sql", downgrade);

  ASSERT_EQ(apply_plan(from_db, upgrade_plan), "") << "upgrade:\n" << upgrade;
  const SchemaModel upgraded = introspect_url(from_db);
  EXPECT_TRUE(testing::models_equal(upgraded, to)) << "after the upgrade:\n" << upgrade;
  EXPECT_EQ(plan_sql(upgraded, to, up), "") << "diffing again after the upgrade is not empty";

  ASSERT_EQ(apply_plan(from_db, downgrade_plan), "") << "downgrade:\n" << downgrade;
  const SchemaModel downgraded = introspect_url(from_db);
  EXPECT_TRUE(testing::models_equal(downgraded, from)) << "after the downgrade:\n" << downgrade;
  EXPECT_EQ(plan_sql(downgraded, from, down), "") << "diffing again after the downgrade is not empty";
}

// The same case with to.sql used as a declared model file: read through a scratch
// database, it must be the very model of the live `to` database, so it plans the same and
// an unchanged model never produces a diff.
TEST_P(DiffRoundTrip, DeclaredModelEqualsLiveDatabase) {
  const DiffCase& c = GetParam();
  testing::TestDatabase to_db("to");
  to_db.execute(testing::read_file((c.dir / "to.sql").string()));
  const SchemaModel live = introspect_url(to_db);
  const SchemaModel declared = testing::load_declared((c.dir / "to.sql").string()).model;
  EXPECT_TRUE(testing::models_equal(declared, live));
  EXPECT_EQ(plan_sql(live, declared, c.options), "");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DiffRoundTrip, ::testing::ValuesIn(discover_cases()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(DiffRoundTrip);

}  // namespace
}  // namespace schemadiff
