// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/rename_options.hpp"
#include "cli/run.hpp"
#include "cli/warnings.hpp"
#include "schemadiff/engine/autogenerate.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::cli {
namespace {

std::vector<std::string> parents_of_new_revision(const Project& project, const NewRevisionOptions& options) {
  if (options.head) {
    return {project.graph.resolve(*options.head)};
  }
  const auto heads = project.graph.heads();
  if (heads.size() > 1) {
    throw UsageError(
        fmt::format("there are {} heads ({}); join them first with \"schemadiff merge heads -m MESSAGE\", or name the "
                    "parent with --head",
                    heads.size(), fmt::join(heads, ", ")));
  }
  return heads;
}

// The schema the new revision starts from: the live database (which must have every
// revision up to the parents applied) or the replayed history.
ModelSource current_schema(const Project& project, const std::vector<std::string>& parents,
                           const NewRevisionOptions& options) {
  const RevisionSet wanted_applied = project.graph.ancestors(RevisionSet(parents.begin(), parents.end()));
  if (options.from == "history") {
    return HistorySource{project.graph, project.graph.ordered(wanted_applied)};
  }
  Database db = project.connect();
  const RevisionSet applied = applied_revisions(project, read_version_rows(db, project.tables));
  RevisionSet missing;
  for (const auto& id : wanted_applied) {
    if (!applied.contains(id)) {
      missing.insert(id);
    }
  }
  if (!missing.empty()) {
    throw Error(fmt::format(
        "the database is not at head: {} revision(s) not applied ({}); run \"schemadiff upgrade\" first, or "
        "use --from history",
        missing.size(), fmt::join(project.graph.ordered(missing), ", ")));
  }
  return project.database_source();
}

}  // namespace

void add_new_revision_flags(CLI::App* app, NewRevisionOptions& options) {
  app->add_option("-m,--message", options.message, "What the revision does")->required();
  app->add_option("--rev-id", options.rev_id, "Revision id to use instead of a random one");
  app->add_option("--head", options.head, "Revise this revision (needed when there are several heads)");
  app->add_option("--from", options.from,
                  "With autogenerate, compare the models with the live database or with the replayed history")
      ->check(CLI::IsMember({"database", "history"}))
      ->capture_default_str();
  app->add_option("--dev-url", options.dev_url,
                  "Server for scratch databases (default: dev_url in schemadiff.toml, else an embedded server)");
  add_rename_flag(app, options.renames);
  add_project_flags(app, options.project);
  add_diff_flags(app, options.diff_flags);
}

int run_new_revision(const NewRevisionOptions& options, std::ostream& out, std::ostream& err) {
  const Project project = load_project(options.project);
  Revision revision;
  revision.id = options.rev_id.value_or(new_revision_id());
  if (!is_valid_revision_id(revision.id)) {
    throw UsageError(fmt::format("invalid revision id {} (letters, digits and _ only)", revision.id));
  }
  revision.revises = parents_of_new_revision(project, options);
  revision.message = options.message;
  revision.created = utc_timestamp_now();
  std::vector<std::string> warnings;
  if (options.autogenerate) {
    CompareOptions compare_options = project.compare_options(options.diff_flags);
    compare_options.diff.renames = parse_rename_flags(options.renames);
    ScratchServer scratch(project.dev_url(options.dev_url));
    const GeneratedMigration generated =
        generate_migration(current_schema(project, revision.revises, options),
                           ModelsSource{project.models_location()}, scratch, compare_options);
    print_warnings(generated.warnings, err);
    warn_unmanaged(err, {&generated.unmanaged_current, &generated.unmanaged_wanted});
    print_rename_suggestions(generated.rename_suggestions, err);
    if (generated.empty()) {
      out << "No changes detected\n";
      return k_exit_ok;
    }
    revision.upgrade.sql = generated.upgrade;
    revision.downgrade.sql = generated.downgrade;
    if (!generated.destructive.empty()) {
      warnings.push_back("WARNING: the upgrade deletes data:");
      for (const auto& statement : generated.destructive) {
        warnings.push_back("  " + statement.substr(0, statement.find('\n')));
        err << fmt::format("schemadiff: warning: deletes data: {}\n", statement.substr(0, statement.find('\n')));
      }
    }
  }
  const std::string path = write_new_revision(project, revision, warnings);
  out << fmt::format("Generated {} ({})\n", path, revision.id);
  return k_exit_ok;
}

Command setup_revision(CLI::App& parent) {
  auto options = std::make_shared<NewRevisionOptions>();
  CLI::App* app = parent.add_subcommand("revision", "Write a new revision file (empty, or with --autogenerate)");
  app->add_flag("--autogenerate", options->autogenerate,
                "Fill it with the SQL that turns the database into the declared models");
  add_new_revision_flags(app, *options);
  return Command{app, [options](std::ostream& out, std::ostream& err) { return run_new_revision(*options, out, err); }};
}

}  // namespace schemadiff::cli
