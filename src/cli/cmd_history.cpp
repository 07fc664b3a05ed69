// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/run.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/revision/targets.hpp"

namespace schemadiff::cli {
namespace {

struct HistoryOptions {
  ProjectFlags project;
  std::string range;
  bool verbose = false;
  bool offline = false;
};

// What the database says, when it can be reached: applied revisions and edited files.
struct AppliedState {
  RevisionSet applied;
  std::map<std::string, std::string> changed;
};

std::optional<AppliedState> read_applied_state(const Project& project, std::ostream& err) {
  try {
    Database db = project.connect();
    const RevisionSet rows = read_version_rows(db, project.tables);
    AppliedState state;
    state.applied = project.graph.ancestors(rows);
    state.changed = changed_applied_revisions(project.graph, state.applied, read_applied_history(db, project.tables));
    return state;
  } catch (const Error& e) {
    err << fmt::format("schemadiff: note: applied revisions not shown: {}\n", describe(e));
    return std::nullopt;
  }
}

RevisionSet revisions_in_range(const RevisionGraph& graph, const std::string& range) {
  std::string from = "base";
  std::string to = "heads";
  if (!range.empty()) {
    const auto colon = range.find(':');
    if (colon == std::string::npos) {
      throw UsageError(fmt::format("invalid range {}: expected [FROM]:[TO]", range));
    }
    if (colon > 0) {
      from = range.substr(0, colon);
    }
    if (colon + 1 < range.size()) {
      to = range.substr(colon + 1);
    }
  }
  RevisionSet result = graph.ancestors(resolve_revisions(graph, to));
  if (from == "base") {
    return result;
  }
  const RevisionSet after = graph.descendants(graph.resolve(from));
  std::erase_if(result, [&](const std::string& id) { return !after.contains(id); });
  return result;
}

std::string applied_tag(const std::optional<AppliedState>& state, const std::string& id, const Revision& revision) {
  if (!state || !state->applied.contains(id)) {
    return "";
  }
  const auto changed = state->changed.find(id);
  if (changed == state->changed.end()) {
    return " (applied)";
  }
  return fmt::format(" (applied; file changed since: checksum was {}, is {})", changed->second, revision.checksum);
}

int run_history(const HistoryOptions& options, std::ostream& out, std::ostream& err) {
  const Project project = load_project(options.project);
  const RevisionSet selected = revisions_in_range(project.graph, options.range);
  const std::optional<AppliedState> state = options.offline ? std::nullopt : read_applied_state(project, err);
  const auto order = project.graph.ordered(selected);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const Revision& revision = project.graph.get(*it);
    const std::string parents =
        revision.revises.empty() ? "<base>" : fmt::format("{}", fmt::join(revision.revises, ", "));
    const std::string tags = revision_tags(project.graph, *it) + applied_tag(state, *it, revision);
    if (!options.verbose) {
      out << fmt::format("{} -> {}, {}\n", parents, tags, revision.message);
      continue;
    }
    out << fmt::format("Rev: {}\nParent: {}\nPath: {}\nCreated: {}\n\n    {}\n\n", tags, parents, revision.path,
                       revision.created, revision.message);
  }
  if (state && !state->changed.empty()) {
    err << fmt::format("schemadiff: warning: {} applied revision(s) changed since they were applied\n",
                       state->changed.size());
  }
  return k_exit_ok;
}

}  // namespace

Command setup_history(CLI::App& parent) {
  auto options = std::make_shared<HistoryOptions>();
  CLI::App* app = parent.add_subcommand("history", "List revisions, newest first, with what the database applied");
  app->add_option("-r,--rev-range", options->range, "Only [FROM]:[TO] (ids, prefixes, base, head, heads)");
  app->add_flag("-v,--verbose", options->verbose, "One block per revision with its file and date");
  app->add_flag("--offline", options->offline, "Do not ask the database which revisions are applied");
  add_project_flags(app, options->project);
  return Command{app, [options](std::ostream& out, std::ostream& err) { return run_history(*options, out, err); }};
}

}  // namespace schemadiff::cli
