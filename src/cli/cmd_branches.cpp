// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/run.hpp"

namespace schemadiff::cli {
namespace {

int run_branches(const ProjectFlags& flags, std::ostream& out) {
  const Project project = load_project(flags);
  for (const auto& id : project.graph.branch_points()) {
    out << fmt::format("{}, {}\n", revision_tags(project.graph, id), project.graph.get(id).message);
    for (const auto& child : project.graph.children(id)) {
      out << fmt::format("  -> {}, {}\n", revision_tags(project.graph, child), project.graph.get(child).message);
    }
  }
  return k_exit_ok;
}

}  // namespace

Command setup_branches(CLI::App& parent) {
  auto flags = std::make_shared<ProjectFlags>();
  CLI::App* app = parent.add_subcommand("branches", "List the revisions more than one revision revises");
  add_project_flags(app, *flags, UrlFlag::without);
  return Command{app, [flags](std::ostream& out, std::ostream&) { return run_branches(*flags, out); }};
}

}  // namespace schemadiff::cli
