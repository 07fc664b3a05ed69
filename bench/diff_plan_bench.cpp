// SPDX-License-Identifier: MIT
// Time and memory of diff + plan alone, for two JSON snapshots already in memory: the
// figure the diff benchmark's whole-command numbers hide behind snapshot loading.
//   schemadiff_diff_plan_bench a.json b.json
#include <fmt/format.h>
#include <malloc.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "schemadiff/diff/diff.hpp"
#include "schemadiff/model_io/json.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/render/render.hpp"

namespace {

std::string read(const char* path) {
  std::ifstream input(path, std::ios::binary);
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
}

// Resident and peak resident memory in kB, from /proc/self/status.
long status_kb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind(field + ":", 0) == 0) {
      return std::stol(line.substr(field.size() + 1));
    }
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: schemadiff_diff_plan_bench FROM.json TO.json\n";
    return 64;
  }
  const schemadiff::SchemaModel from = schemadiff::load_model_json(read(argv[1]), argv[1]);
  const schemadiff::SchemaModel to = schemadiff::load_model_json(read(argv[2]), argv[2]);
  // The snapshots' text and JSON documents are freed but still mapped: hand them back so
  // the resident size is the two models.
  malloc_trim(0);
  // Writing 5 to clear_refs resets the peak (VmHWM) to the current resident size, so the
  // peak read afterwards is what diff and plan needed on top of the loaded models.
  std::ofstream("/proc/self/clear_refs") << "5";
  const long models_kb = status_kb("VmRSS");
  const auto start = std::chrono::steady_clock::now();
  const auto operations = schemadiff::diff(from, to);
  const auto diffed = std::chrono::steady_clock::now();
  const schemadiff::Plan planned = schemadiff::plan(operations, from, to);
  const auto planned_at = std::chrono::steady_clock::now();
  const std::string sql = schemadiff::render_script(planned);
  const auto rendered = std::chrono::steady_clock::now();
  const long peak_kb = status_kb("VmHWM");
  const auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::cout << fmt::format(
      "operations {} statements {} | diff {:.0f} ms, plan {:.0f} ms, render {:.0f} ms | "
      "models resident {:.0f} MB, diff+plan+render peak extra {:.0f} MB\n",
      operations.size(), planned.steps.size(), ms(start, diffed), ms(diffed, planned_at), ms(planned_at, rendered),
      models_kb / 1024.0, (peak_kb - models_kb) / 1024.0);
  return 0;
}
