// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/diff_flags.hpp"
#include "cli/run.hpp"
#include "schemadiff/engine/advisory_lock.hpp"
#include "schemadiff/engine/compare.hpp"
#include "schemadiff/engine/runner.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::cli {
namespace {

struct StampOptions {
  ProjectFlags project;
  std::vector<std::string> revisions;
  bool purge = false;
  bool verify = false;
  std::optional<std::string> dev_url;
  double lock_timeout_seconds = 30;
  DiffFlags diff_flags;
};

// The schema `targets` imply: the declared models when that is the only head, the replayed
// history otherwise.
ModelSource implied_schema(const Project& project, const RevisionSet& targets) {
  const auto heads = project.graph.heads();
  if (heads.size() == 1 && targets == RevisionSet{heads.front()}) {
    return ModelsSource{project.models_location()};
  }
  return HistorySource{project.graph, project.graph.ordered(project.graph.ancestors(targets))};
}

int run_stamp(const StampOptions& options, std::ostream& out) {
  const Project project = load_project(options.project);
  RevisionSet targets;
  for (const auto& name : options.revisions) {
    const RevisionSet resolved = resolve_revisions(project.graph, name);
    targets.insert(resolved.begin(), resolved.end());
  }
  Database db = project.connect();
  AdvisoryLock lock(db, project.tables, to_milliseconds(options.lock_timeout_seconds));
  if (options.verify) {
    ScratchServer scratch(project.dev_url(options.dev_url));
    const Comparison comparison = compare(project.database_source(), implied_schema(project, targets), scratch,
                                          project.compare_options(options.diff_flags));
    const Plan& difference = comparison.forward->plan;
    if (!difference.empty()) {
      out << fmt::format("The database does not match {}; nothing was stamped. It would need:\n\n{}",
                         describe_rows(project.graph, targets), render_script(difference));
      return k_exit_changes;
    }
  }
  stamp_versions(db, project.graph, project.tables, targets,
                 options.purge ? StampMode::purge : StampMode::replace_related);
  out << fmt::format("Stamped; the database is now at {}\n",
                     describe_rows(project.graph, read_version_rows(db, project.tables)));
  return k_exit_ok;
}

}  // namespace

Command setup_stamp(CLI::App& parent) {
  auto options = std::make_shared<StampOptions>();
  CLI::App* app = parent.add_subcommand("stamp", "Set the version table to revisions without running anything");
  app->add_option("revisions", options->revisions, "Revisions: ids, prefixes, head, heads or base")->required();
  app->add_flag("--purge", options->purge, "Replace every version row, also unrelated ones");
  app->add_flag("--verify", options->verify,
                "Stamp only if the database matches the schema the revision implies (exit 2 otherwise)");
  app->add_option("--dev-url", options->dev_url,
                  "Server for scratch databases of --verify (default: dev_url in schemadiff.toml, else embedded)");
  add_lock_timeout_flag(app, options->lock_timeout_seconds);
  add_project_flags(app, options->project);
  add_diff_flags(app, options->diff_flags);
  return Command{app, [options](std::ostream& out, std::ostream&) { return run_stamp(*options, out); }};
}

}  // namespace schemadiff::cli
