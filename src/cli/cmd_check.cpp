// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/rename_options.hpp"
#include "cli/run.hpp"
#include "schemadiff/load/canonicalize.hpp"
#include "schemadiff/engine/autogenerate.hpp"
#include "schemadiff/engine/scratch_server.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::cli {
namespace {

struct CheckOptions {
  ProjectFlags project;
  std::string format = "text";
  bool skip_database = false;
  std::optional<std::string> dev_url;
};

struct DatabaseFindings {
  RevisionSet rows;
  std::vector<std::string> missing;
  std::map<std::string, std::string> changed;  ///< id -> checksum when applied
  std::string drift_sql;
};

struct Findings {
  std::string models_sql;  ///< what a new revision would need; empty: none needed
  std::optional<DatabaseFindings> database;

  bool clean() const {
    return models_sql.empty() &&
           (!database || (database->missing.empty() && database->changed.empty() && database->drift_sql.empty()));
  }
};

std::string json_string(std::string_view text) {
  std::string result = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        result += "\\\"";
        break;
      case '\\':
        result += "\\\\";
        break;
      case '\n':
        result += "\\n";
        break;
      case '\t':
        result += "\\t";
        break;
      case '\r':
        result += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          result += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          result += c;
        }
    }
  }
  return result + "\"";
}

template <typename Range>
std::string json_array(const Range& items) {
  std::vector<std::string> quoted;
  for (const auto& item : items) {
    quoted.push_back(json_string(item));
  }
  return fmt::format("[{}]", fmt::join(quoted, ", "));
}

DatabaseFindings check_database(const Project& project, const SchemaModel& head_model, ScratchServer& scratch) {
  Database db = project.connect();
  DatabaseFindings findings;
  findings.rows = read_version_rows(db, project.tables);
  const RevisionSet applied = applied_revisions(project, findings.rows);
  RevisionSet missing;
  for (const auto& id : project.graph.order()) {
    if (!applied.contains(id)) {
      missing.insert(id);
    }
  }
  findings.missing = project.graph.ordered(missing);
  findings.changed = changed_applied_revisions(project.graph, applied, read_applied_history(db, project.tables));
  SchemaModel actual =
      with_context("inspecting the database", [&] { return introspect(db, project.introspect_options()); });
  strip_version_tables(actual, project.tables);
  SchemaModel expected =
      missing.empty() ? head_model
                      : scratch.replay(project.graph, project.graph.ordered(applied), project.introspect_options());
  canonicalize_expressions(actual, expected, db);
  findings.drift_sql = generate_migration(actual, expected).upgrade;
  return findings;
}

void print_text(const Project& project, const Findings& findings, std::ostream& out) {
  if (findings.models_sql.empty()) {
    out << "models: every change has a revision\n";
  } else {
    out << "models: changed without a revision (schemadiff autogenerate would write):\n" << findings.models_sql;
  }
  if (!findings.database) {
    return;
  }
  const DatabaseFindings& db = *findings.database;
  out << fmt::format("database: at {}\n", describe_rows(project.graph, db.rows));
  if (!db.missing.empty()) {
    out << fmt::format("database: {} revision(s) not applied: {}\n", db.missing.size(), fmt::join(db.missing, ", "));
  }
  for (const auto& [id, checksum] : db.changed) {
    out << fmt::format(
        "database: revision {} was applied from a file that has changed since ({}: checksum was {}, is {})\n", id,
        project.graph.get(id).path, checksum, project.graph.get(id).checksum);
  }
  if (db.drift_sql.empty()) {
    out << "database: matches its applied revisions\n";
  } else {
    out << "database: drifted from its applied revisions; this would bring it back:\n" << db.drift_sql;
  }
}

void print_json(const Project& project, const Findings& findings, std::ostream& out) {
  out << "{\n";
  out << fmt::format("  \"clean\": {},\n", findings.clean() ? "true" : "false");
  out << fmt::format("  \"models\": {{\"changed_without_revision\": {}, \"sql\": {}}}",
                     findings.models_sql.empty() ? "false" : "true", json_string(findings.models_sql));
  if (findings.database) {
    const DatabaseFindings& db = *findings.database;
    std::vector<std::string> changed;
    for (const auto& [id, checksum] : db.changed) {
      changed.push_back(fmt::format(
          "{{\"revision\": {}, \"path\": {}, \"applied_checksum\": {}, \"file_checksum\": {}}}", json_string(id),
          json_string(project.graph.get(id).path), json_string(checksum), json_string(project.graph.get(id).checksum)));
    }
    out << fmt::format(
        ",\n  \"database\": {{\"at\": {}, \"missing_revisions\": {}, \"changed_revisions\": [{}], \"drift\": {}, "
        "\"sql\": {}}}",
        json_array(db.rows), json_array(db.missing), fmt::join(changed, ", "), db.drift_sql.empty() ? "false" : "true",
        json_string(db.drift_sql));
  }
  out << "\n}\n";
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  const Project project = load_project(options.project);
  ScratchServer scratch(project.scratch_options(options.dev_url));
  Findings findings;
  const SchemaModel head_model = scratch.replay(project.graph, project.graph.order(), project.introspect_options());
  const ScratchOptions models_scratch = scratch_on(scratch.server_url());
  SchemaModel models = with_context(fmt::format("loading models from {}", project.models_location()), [&] {
    return load_declared_model(project.models_location(), models_scratch, project.introspect_options());
  });
  {
    Database scratch_db = Database::connect(scratch.server_url());
    canonicalize_expressions(head_model, models, scratch_db);
  }
  const DiffOptions diff_options{.renames = declared_renames(project.models_location(), {})};
  const GeneratedMigration models_migration = generate_migration(head_model, models, diff_options);
  findings.models_sql = models_migration.upgrade;
  print_rename_suggestions(models_migration.rename_suggestions, err);
  if (!options.skip_database) {
    findings.database = check_database(project, head_model, scratch);
  }
  if (options.format == "json") {
    print_json(project, findings, out);
  } else {
    print_text(project, findings, out);
  }
  return findings.clean() ? k_exit_ok : k_exit_changes;
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
  return Command{app,
                 [options](std::ostream& out, std::ostream& err) { return run_check(*options, out, err); }};
}

}  // namespace schemadiff::cli
