// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/run.hpp"
#include "schemadiff/engine/advisory_lock.hpp"
#include "schemadiff/engine/runner.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::cli {
namespace {

std::vector<MigrationStep> plan_steps(Direction direction, const RevisionGraph& graph, const RevisionSet& applied,
                                      std::string_view target) {
  switch (direction) {
    case Direction::upgrade:
      return plan_upgrade(graph, applied, target);
    case Direction::downgrade:
      return plan_downgrade(graph, applied, target);
  }
  return {};
}

// --sql never connects: the starting point is FROM of a FROM:TO target, else base.
int print_offline(Direction direction, const Project& project, const MigrationRunOptions& options, std::ostream& out) {
  std::string from = "base";
  std::string to = options.target;
  if (const auto colon = options.target.find(':'); colon != std::string::npos) {
    from = options.target.substr(0, colon);
    to = options.target.substr(colon + 1);
  } else if (direction == Direction::downgrade) {
    throw UsageError("downgrade --sql needs a FROM:TO range (the database is not consulted)");
  }
  const RevisionSet applied = project.graph.ancestors(resolve_revisions(project.graph, from));
  const auto steps = plan_steps(direction, project.graph, applied, to);
  out << offline_script(project.graph, project.tables, applied, steps,
                        options.transaction_per_revision ? TransactionMode::per_revision : TransactionMode::single);
  return k_exit_ok;
}

}  // namespace

void add_migration_run_flags(CLI::App* app, MigrationRunOptions& options) {
  app->add_flag("--sql", options.sql, "Print the SQL (with the version table updates) instead of running it");
  app->add_flag("--transaction-per-revision", options.transaction_per_revision,
                "Commit after each revision instead of running everything in one transaction");
  add_lock_timeout_flag(app, options.lock_timeout_seconds);
  add_project_flags(app, options.project);
}

int run_migration(Direction direction, const MigrationRunOptions& options, std::ostream& out, std::ostream& err) {
  const Project project = load_project(options.project);
  if (options.sql) {
    return print_offline(direction, project, options, out);
  }
  Database db = project.connect();
  AdvisoryLock lock(db, project.tables, to_milliseconds(options.lock_timeout_seconds));
  const RevisionSet rows = read_version_rows(db, project.tables);
  const RevisionSet applied = applied_revisions(project, rows);
  const auto steps = plan_steps(direction, project.graph, applied, options.target);
  if (steps.empty()) {
    out << fmt::format("Nothing to do; the database is at {}\n", describe_rows(project.graph, rows));
    return k_exit_ok;
  }
  const TransactionMode mode =
      options.transaction_per_revision ? TransactionMode::per_revision : TransactionMode::single;
  RunCallbacks callbacks;
  callbacks.starting = [&](const MigrationStep& step, std::size_t index, std::size_t total) {
    out << fmt::format("[{}/{}] {} {}: {}\n", index + 1, total, to_string(step.direction), step.revision,
                       project.graph.get(step.revision).message);
    out.flush();
  };
  std::vector<RevisionTiming> timings;
  try {
    timings = run_steps(db, project.graph, project.tables, applied, steps, mode, callbacks);
  } catch (const Error&) {
    // Say where the database stands before the error itself is printed.
    out.flush();
    try {
      const RevisionSet now = read_version_rows(db, project.tables);
      err << fmt::format("schemadiff: {}: the database is at {}\n",
                         mode == TransactionMode::single ? "rolled back" : "stopped",
                         describe_rows(project.graph, now));
    } catch (const Error&) {
      err << "schemadiff: the database state could not be read after the failure\n";
    }
    throw;
  }
  for (const auto& timing : timings) {
    out << fmt::format("  {} {} in {} ms\n", to_string(timing.step.direction), timing.step.revision,
                       timing.duration.count());
  }
  out << fmt::format("The database is now at {}\n",
                     describe_rows(project.graph, read_version_rows(db, project.tables)));
  return k_exit_ok;
}

}  // namespace schemadiff::cli
