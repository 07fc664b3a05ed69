// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/run.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/read_file.hpp"
#include "schemadiff/revision/targets.hpp"

namespace schemadiff::cli {
namespace {

struct ShowOptions {
  ProjectFlags project;
  std::string revision;
};

int run_show(const ShowOptions& options, std::ostream& out) {
  const Project project = load_project(options.project);
  const RevisionSet ids = resolve_revisions(project.graph, options.revision);
  if (ids.empty()) {
    throw UsageError("base is not a revision; name one (an id, a unique prefix, or head)");
  }
  for (const auto& id : ids) {
    const Revision& revision = project.graph.get(id);
    out << fmt::format("Rev: {}\n", revision_tags(project.graph, id));
    out << fmt::format("Parent: {}\n",
                       revision.revises.empty() ? "<base>" : fmt::format("{}", fmt::join(revision.revises, ", ")));
    if (!project.graph.children(id).empty()) {
      out << fmt::format("Children: {}\n", fmt::join(project.graph.children(id), ", "));
    }
    out << fmt::format("Path: {}\n", revision.path);
    out << fmt::format("Created: {}\n", revision.created);
    out << fmt::format("Message: {}\n\n", revision.message);
    out << read_file(revision.path);
  }
  return k_exit_ok;
}

}  // namespace

Command setup_show(CLI::App& parent) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* app = parent.add_subcommand("show", "Print a revision: its header and its file");
  app->add_option("revision", options->revision, "An id, a unique prefix, head or heads")->required();
  add_project_flags(app, options->project, UrlFlag::without);
  return Command{app, [options](std::ostream& out, std::ostream&) { return run_show(*options, out); }};
}

}  // namespace schemadiff::cli
