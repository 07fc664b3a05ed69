// SPDX-License-Identifier: MIT
#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/run.hpp"

namespace schemadiff::cli {
namespace {

struct HeadsOptions {
  ProjectFlags project;
  bool verbose = false;
};

int run_heads(const HeadsOptions& options, std::ostream& out) {
  const Project project = load_project(options.project);
  for (const auto& id : project.graph.heads()) {
    print_revision_line(out, project.graph, id, options.verbose);
  }
  return k_exit_ok;
}

}  // namespace

Command setup_heads(CLI::App& parent) {
  auto options = std::make_shared<HeadsOptions>();
  CLI::App* app = parent.add_subcommand("heads", "List the revisions nothing revises yet");
  app->add_flag("-v,--verbose", options->verbose, "Also print the revision files");
  add_project_flags(app, options->project, UrlFlag::without);
  return Command{app, [options](std::ostream& out, std::ostream&) { return run_heads(*options, out); }};
}

}  // namespace schemadiff::cli
