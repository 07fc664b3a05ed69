// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/run.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/revision/targets.hpp"

namespace schemadiff::cli {
namespace {

struct MergeOptions {
  ProjectFlags project;
  std::vector<std::string> revisions;
  std::string message;
  std::optional<std::string> rev_id;
};

int run_merge(const MergeOptions& options, std::ostream& out) {
  const Project project = load_project(options.project);
  RevisionSet parents;
  for (const auto& name : options.revisions) {
    const RevisionSet resolved = resolve_revisions(project.graph, name);
    parents.insert(resolved.begin(), resolved.end());
  }
  if (parents.size() < 2) {
    throw UsageError(fmt::format("a merge needs at least two revisions, got {}",
                                 parents.empty() ? std::string("none") : *parents.begin()));
  }
  Revision revision;
  revision.id = options.rev_id.value_or(new_revision_id());
  if (!is_valid_revision_id(revision.id)) {
    throw UsageError(fmt::format("invalid revision id {} (letters, digits and _ only)", revision.id));
  }
  revision.revises.assign(parents.begin(), parents.end());
  revision.message = options.message;
  revision.created = utc_timestamp_now();
  const std::string path = write_new_revision(project, revision);
  out << fmt::format("Generated {} ({}), merging {}\n", path, revision.id, fmt::join(revision.revises, ", "));
  return k_exit_ok;
}

}  // namespace

Command setup_merge(CLI::App& parent) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* app = parent.add_subcommand("merge", "Write a revision that joins several heads into one");
  app->add_option("revisions", options->revisions, "Revisions to merge: ids, prefixes, or heads")->required();
  app->add_option("-m,--message", options->message, "What the merge is")->required();
  app->add_option("--rev-id", options->rev_id, "Revision id to use instead of a random one");
  add_project_flags(app, options->project, UrlFlag::without);
  return Command{app, [options](std::ostream& out, std::ostream&) { return run_merge(*options, out); }};
}

}  // namespace schemadiff::cli
