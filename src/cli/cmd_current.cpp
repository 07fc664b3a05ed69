// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/run.hpp"

namespace schemadiff::cli {
namespace {

struct CurrentOptions {
  ProjectFlags project;
  bool verbose = false;
};

int run_current(const CurrentOptions& options, std::ostream& out) {
  const Project project = load_project(options.project);
  Database db = project.connect();
  const RevisionSet rows = read_version_rows(db, project.tables);
  if (rows.empty()) {
    out << "base (nothing applied)\n";
    return k_exit_ok;
  }
  for (const auto& row : rows) {
    if (!project.graph.contains(row)) {
      out << fmt::format("{} (not in the versions directory)\n", row);
      continue;
    }
    print_revision_line(out, project.graph, row, options.verbose);
  }
  return k_exit_ok;
}

}  // namespace

Command setup_current(CLI::App& parent) {
  auto options = std::make_shared<CurrentOptions>();
  CLI::App* app = parent.add_subcommand("current", "Print the revision(s) the database is at");
  app->add_flag("-v,--verbose", options->verbose, "Also print the revision files");
  add_project_flags(app, options->project);
  return Command{app, [options](std::ostream& out, std::ostream&) { return run_current(*options, out); }};
}

}  // namespace schemadiff::cli
