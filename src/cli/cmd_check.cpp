// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/diff_flags.hpp"
#include "cli/rename_options.hpp"
#include "cli/run.hpp"
#include "cli/warnings.hpp"
#include "schemadiff/engine/compare.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/model_io/check_json.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::cli {
namespace {

struct CheckOptions {
  ProjectFlags project;
  std::string format = "text";
  bool skip_database = false;
  std::optional<std::string> dev_url;
  DiffFlags diff_flags;
};

DatabaseCheck check_database(const Project& project, const SchemaModel& head_model, ScratchServer& scratch,
                             const CompareOptions& compare_options, std::ostream& err) {
  Database db = project.connect();
  DatabaseCheck findings;
  const RevisionSet rows = read_version_rows(db, project.tables);
  findings.at.assign(rows.begin(), rows.end());
  const RevisionSet applied = applied_revisions(project, rows);
  RevisionSet missing;
  for (const auto& id : project.graph.order()) {
    if (!applied.contains(id)) {
      missing.insert(id);
    }
  }
  findings.missing_revisions = project.graph.ordered(missing);
  for (const auto& [id, checksum] :
       changed_applied_revisions(project.graph, applied, read_applied_history(db, project.tables))) {
    const Revision& revision = project.graph.get(id);
    findings.changed_revisions.push_back({id, revision.path, checksum, revision.checksum});
  }
  const ModelSource expected = missing.empty() ? ModelSource{LoadedSource{head_model}}
                                               : HistorySource{project.graph, project.graph.ordered(applied)};
  const Comparison drift = compare(project.database_source(), expected, scratch, compare_options);
  warn_unmanaged(err, {&drift.unmanaged_from});
  findings.drift_sql = render_script(drift.forward->plan);
  return findings;
}

void print_text(const Project& project, const CheckReport& report, std::ostream& out) {
  if (report.models_sql.empty()) {
    out << "models: every change has a revision\n";
  } else {
    out << "models: changed without a revision (schemadiff autogenerate would write):\n" << report.models_sql;
  }
  if (!report.database) {
    return;
  }
  const DatabaseCheck& db = *report.database;
  out << fmt::format("database: at {}\n",
                     describe_rows(project.graph, RevisionSet(db.at.begin(), db.at.end())));
  if (!db.missing_revisions.empty()) {
    out << fmt::format("database: {} revision(s) not applied: {}\n", db.missing_revisions.size(),
                       fmt::join(db.missing_revisions, ", "));
  }
  for (const ChangedRevision& changed : db.changed_revisions) {
    out << fmt::format(
        "database: revision {} was applied from a file that has changed since ({}: checksum was {}, is {})\n",
        changed.revision, changed.path, changed.applied_checksum, changed.file_checksum);
  }
  if (db.drift_sql.empty()) {
    out << "database: matches its applied revisions\n";
  } else {
    out << "database: drifted from its applied revisions; this would bring it back:\n" << db.drift_sql;
  }
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  const Project project = load_project(options.project);
  const CompareOptions compare_options = project.compare_options(options.diff_flags);
  ScratchServer scratch(project.dev_url(options.dev_url));
  const SchemaModel head_model = scratch.replay(project.graph, project.graph.order(), project.introspect_options());
  const Comparison models =
      compare(LoadedSource{head_model}, ModelsSource{project.models_location()}, scratch, compare_options);
  warn_unmanaged(err, {&models.unmanaged_from, &models.unmanaged_to});
  CheckReport report;
  report.models_sql = render_script(models.forward->plan);
  print_rename_suggestions(models.forward->rename_suggestions, err);
  if (!options.skip_database) {
    report.database = check_database(project, head_model, scratch, compare_options, err);
  }
  if (options.format == "json") {
    write_check_json(report, out);
  } else {
    print_text(project, report, out);
  }
  return report.clean() ? k_exit_ok : k_exit_changes;
}

}  // namespace

Command setup_check(CLI::App& parent) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* app = parent.add_subcommand(
      "check", "For CI: models changed without a revision, or a database that drifted (exit 0 clean, 2 found)");
  app->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app->add_flag("--skip-database", options->skip_database, "Only compare the models with the revision history");
  app->add_option("--dev-url", options->dev_url,
                  "Server for scratch databases (default: dev_url in schemadiff.toml, else an embedded server)");
  add_project_flags(app, options->project);
  add_diff_flags(app, options->diff_flags);
  return Command{app, [options](std::ostream& out, std::ostream& err) { return run_check(*options, out, err); }};
}

}  // namespace schemadiff::cli
