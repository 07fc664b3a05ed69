// SPDX-License-Identifier: MIT
#include "support/model_assertions.hpp"

#include <sstream>
#include <string>
#include <vector>

#include "schemadiff/model_io/json.hpp"

namespace schemadiff::testing {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream input(text);
  for (std::string line; std::getline(input, line);) {
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

::testing::AssertionResult models_equal(const SchemaModel& actual, const SchemaModel& expected) {
  if (actual == expected) {
    return ::testing::AssertionSuccess();
  }
  const auto a = lines_of(dump_model_json(actual));
  const auto e = lines_of(dump_model_json(expected));
  // A plain longest-common-subsequence diff; snapshots of test fixtures are small.
  const std::size_t n = a.size();
  const std::size_t m = e.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == e[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::ostringstream out;
  out << "models differ (- actual, + expected):\n";
  int shown = 0;
  constexpr int k_max_lines = 80;
  std::size_t i = 0;
  std::size_t j = 0;
  while ((i < n || j < m) && shown < k_max_lines) {
    if (i < n && j < m && a[i] == e[j]) {
      ++i;
      ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out << "+ " << e[j++] << '\n';
      ++shown;
    } else {
      out << "- " << a[i++] << '\n';
      ++shown;
    }
  }
  if (a == e) {
    out << "(their JSON snapshots are identical: a field is missing from the JSON format)\n";
  }
  return ::testing::AssertionFailure() << out.str();
}

}  // namespace schemadiff::testing
