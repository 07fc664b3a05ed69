// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/error.hpp"
#include "schemadiff/render/step_line.hpp"

namespace schemadiff {
namespace {

TEST(StepLine, ListsHazardsLockAndTransaction) {
  const StepFacts facts{{Hazard::deletes_data, Hazard::access_exclusive_lock}, LockLevel::access_exclusive,
                        TxMode::transactional};
  EXPECT_EQ(format_step_line(facts),
            "-- schemadiff:step hazards=deletes_data,access_exclusive_lock lock=access_exclusive tx=yes");
  EXPECT_EQ(format_step_line({{}, LockLevel::none, TxMode::outside_transaction}),
            "-- schemadiff:step lock=none tx=no");
}

TEST(StepLine, EveryFactSurvivesARoundTrip) {
  const std::vector<Hazard> all_hazards{Hazard::deletes_data, Hazard::rewrites_table, Hazard::access_exclusive_lock,
                                        Hazard::index_build};
  for (int level = static_cast<int>(LockLevel::none); level <= static_cast<int>(LockLevel::access_exclusive);
       ++level) {
    for (const TxMode tx : {TxMode::transactional, TxMode::outside_transaction}) {
      for (std::size_t count = 0; count <= all_hazards.size(); ++count) {
        const StepFacts facts{{all_hazards.begin(), all_hazards.begin() + static_cast<long>(count)},
                              static_cast<LockLevel>(level), tx};
        EXPECT_EQ(parse_step_line(format_step_line(facts)), facts) << format_step_line(facts);
      }
    }
  }
}

TEST(StepLine, WordsMayComeInAnyOrderAndHazardsAreSorted) {
  const StepFacts facts = parse_step_line("-- schemadiff:step tx=no   lock=share hazards=index_build,deletes_data");
  EXPECT_EQ(facts, (StepFacts{{Hazard::deletes_data, Hazard::index_build}, LockLevel::share,
                              TxMode::outside_transaction}));
}

TEST(StepLine, RecognisesOnlyTheWholeMarkerWord) {
  EXPECT_TRUE(is_step_line("-- schemadiff:step lock=none tx=yes"));
  EXPECT_TRUE(is_step_line("-- schemadiff:step"));
  EXPECT_FALSE(is_step_line("-- schemadiff:steps lock=none tx=yes"));
  EXPECT_FALSE(is_step_line("-- schemadiff:upgrade"));
}

TEST(StepLine, MalformedLinesNameTheWord) {
  const auto message = [](std::string_view line) {
    try {
      parse_step_line(line);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message("-- schemadiff:step lock=none tx=maybe").find("tx=\"maybe\""), std::string::npos);
  EXPECT_NE(message("-- schemadiff:step lock=big tx=yes").find("\"big\""), std::string::npos);
  EXPECT_NE(message("-- schemadiff:step hazards=explodes lock=none tx=yes").find("\"explodes\""), std::string::npos);
  EXPECT_NE(message("-- schemadiff:step colour=red lock=none tx=yes").find("\"colour\""), std::string::npos);
  EXPECT_NE(message("-- schemadiff:step lock=none lock=none tx=yes").find("twice"), std::string::npos);
  EXPECT_NE(message("-- schemadiff:step tx=yes").find("without lock="), std::string::npos);
  EXPECT_NE(message("-- schemadiff:step lock=none").find("without tx="), std::string::npos);
  EXPECT_NE(message("-- schemadiff:step lock").find("not key=value"), std::string::npos);
}

}  // namespace
}  // namespace schemadiff
