// SPDX-License-Identifier: MIT
#include "cli/cmd_migration_support.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <ostream>

#include "cli/database_url.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/revision/revision_directory.hpp"

namespace schemadiff::cli {

void add_project_flags(CLI::App* app, ProjectFlags& flags, UrlFlag url_flag) {
  if (url_flag == UrlFlag::with) {
    app->add_option("--url", flags.url,
                    "Database URL (default: $SCHEMADIFF_DATABASE_URL, $DATABASE_URL, url in schemadiff.toml, " +
                        std::string(k_default_database_url) + ")");
  }
  app->add_option("--versions", flags.versions,
                  std::string("Directory of revision files (default: versions in schemadiff.toml, ") +
                      k_default_versions_dir + ")");
  app->add_option("--version-table", flags.version_table,
                  "Version table, TABLE or SCHEMA.TABLE (default: version_table in schemadiff.toml, "
                  "public.schemadiff_version)");
}

void add_lock_timeout_flag(CLI::App* app, double& seconds) {
  app->add_option("--lock-timeout", seconds,
                  "Seconds to wait for another schemadiff run on the same database to finish")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

std::string Project::models_location() const { return config.models.value_or(k_default_models_dir); }

IntrospectOptions Project::introspect_options() const {
  IntrospectOptions options;
  options.include_schemas = config.schemas;
  return options;
}

std::string Project::dev_url(const std::optional<std::string>& flag) const {
  return flag.value_or(config.dev_url.value_or(""));
}

CompareOptions Project::compare_options(const DiffFlags& flags) const {
  CompareOptions options;
  options.diff = diff_options(flags, config);
  options.introspect = introspect_options();
  return options;
}

DatabaseSource Project::database_source() const { return DatabaseSource{url, tables}; }

Database Project::connect() const { return Database::connect(url); }

Project load_project(const ProjectFlags& flags) {
  Project project;
  project.config = load_project_config();
  project.versions_dir = flags.versions.value_or(project.config.versions.value_or(k_default_versions_dir));
  project.tables = VersionTables::from_setting(flags.version_table.value_or(project.config.version_table.value_or("")));
  project.url = resolve_database_url(flags.url, project.config);
  project.graph = RevisionGraph::build(read_revision_directory(project.versions_dir));
  return project;
}

RevisionSet applied_revisions(const Project& project, const RevisionSet& rows) {
  for (const auto& row : rows) {
    if (!project.graph.contains(row)) {
      throw Error(fmt::format("the database is at revision {}, which is not in {} ({} says so)", row,
                              project.versions_dir, project.tables.qualified_version()));
    }
  }
  return project.graph.ancestors(rows);
}

std::string revision_tags(const RevisionGraph& graph, const std::string& id) {
  std::string text = id;
  if (graph.children(id).empty()) {
    text += " (head)";
  }
  if (graph.children(id).size() > 1) {
    text += " (branchpoint)";
  }
  if (graph.get(id).revises.size() > 1) {
    text += " (mergepoint)";
  }
  return text;
}

std::string describe_rows(const RevisionGraph& graph, const RevisionSet& rows) {
  if (rows.empty()) {
    return "base (nothing applied)";
  }
  std::vector<std::string> parts;
  for (const auto& row : rows) {
    parts.push_back(graph.contains(row) ? revision_tags(graph, row) : row + " (not in the versions directory)");
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

void print_revision_line(std::ostream& out, const RevisionGraph& graph, const std::string& id, bool verbose) {
  const Revision& revision = graph.get(id);
  out << fmt::format("{}, {}\n", revision_tags(graph, id), revision.message);
  if (verbose) {
    out << fmt::format("  Path: {}\n", revision.path);
  }
}

std::chrono::milliseconds to_milliseconds(double seconds) {
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000.0));
}

}  // namespace schemadiff::cli

namespace schemadiff::cli {

std::string write_new_revision(const Project& project, const Revision& revision,
                               const std::vector<std::string>& warnings) {
  if (project.graph.contains(revision.id)) {
    throw UsageError(
        fmt::format("revision id {} is already used by {}", revision.id, project.graph.get(revision.id).path));
  }
  const std::string path =
      (std::filesystem::path(project.versions_dir) / revision_file_name(revision.id, revision.message)).string();
  write_revision_file(path, revision, warnings);
  return path;
}

}  // namespace schemadiff::cli
