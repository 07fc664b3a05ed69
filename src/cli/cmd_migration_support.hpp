// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/diff_flags.hpp"
#include "cli/project_config.hpp"
#include "schemadiff/engine/version_tables.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/engine/compare.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/revision/revision_graph.hpp"
#include "schemadiff/revision/targets.hpp"

namespace schemadiff::cli {

/// Defaults of the project layout (`schemadiff init` writes them into schemadiff.toml).
inline constexpr const char* k_default_models_dir = "schema_models";
inline constexpr const char* k_default_versions_dir = "migrations/versions";

/// Flags every migration command shares.
struct ProjectFlags {
  std::optional<std::string> url;
  std::optional<std::string> versions;
  std::optional<std::string> version_table;
};

enum class UrlFlag { with, without };

/// Adds --versions, --version-table and (for commands that connect) --url to `app`.
void add_project_flags(CLI::App* app, ProjectFlags& flags, UrlFlag url_flag = UrlFlag::with);

/// Adds --lock-timeout (seconds) to `app`.
void add_lock_timeout_flag(CLI::App* app, double& seconds);

/// The project as the command sees it: config, versions directory, version tables and the
/// revision graph (read and checked).
struct Project {
  ProjectConfig config;
  std::string versions_dir;
  VersionTables tables;
  RevisionGraph graph;
  std::string url;

  std::string models_location() const;
  IntrospectOptions introspect_options() const;
  /// The server for scratch databases: `--dev-url`, else dev_url in schemadiff.toml, else
  /// "" (an embedded one).
  std::string dev_url(const std::optional<std::string>& flag) const;
  /// What the project compares: its schemas, and the diff flags with their config keys.
  CompareOptions compare_options(const DiffFlags& flags) const;
  /// The project's database, its bookkeeping tables left out.
  DatabaseSource database_source() const;
  /// Connects to the project's database.
  Database connect() const;
};

Project load_project(const ProjectFlags& flags);

/// Every applied revision: the version rows and their ancestors. A row naming a revision
/// missing from the versions directory is an Error.
RevisionSet applied_revisions(const Project& project, const RevisionSet& rows);

/// `abc123 (head)`, several joined by `, `, or `base (nothing applied)`.
std::string describe_rows(const RevisionGraph& graph, const RevisionSet& rows);

/// `id (head) (branchpoint) (mergepoint)`: the tags history and heads print.
std::string revision_tags(const RevisionGraph& graph, const std::string& id);

/// `id (head), message`, and with `verbose` a `  Path: FILE` line: what current and heads
/// print per revision.
void print_revision_line(std::ostream& out, const RevisionGraph& graph, const std::string& id, bool verbose);

std::chrono::milliseconds to_milliseconds(double seconds);

}  // namespace schemadiff::cli

namespace schemadiff::cli {

struct MigrationRunOptions {
  std::string target;
  bool sql = false;
  bool transaction_per_revision = false;
  double lock_timeout_seconds = 30;
  ProjectFlags project;
};

/// Adds the flags upgrade and downgrade share (all but the target).
void add_migration_run_flags(CLI::App* app, MigrationRunOptions& options);

/// upgrade and downgrade: plans the steps to the target, then runs them (or prints them
/// as SQL with --sql), and reports where the database stands and the time per revision.
int run_migration(Direction direction, const MigrationRunOptions& options, std::ostream& out, std::ostream& err);

}  // namespace schemadiff::cli

namespace schemadiff::cli {

/// Writes a new revision file into the versions directory (atomically) and returns its path.
std::string write_new_revision(const Project& project, const Revision& revision,
                               const std::vector<std::string>& warnings = {});

struct NewRevisionOptions {
  ProjectFlags project;
  std::string message;
  std::optional<std::string> rev_id;
  std::optional<std::string> head;
  std::optional<std::string> dev_url;
  std::string from = "database";
  bool autogenerate = false;
  std::vector<std::string> renames;  ///< --rename flags
  DiffFlags diff_flags;
};

/// Adds the flags of `revision` and `autogenerate` (all but --autogenerate).
void add_new_revision_flags(CLI::App* app, NewRevisionOptions& options);

/// `revision` and `autogenerate`: an empty revision, or one whose SQL comes from
/// comparing the database (or the replayed history) with the declared models.
int run_new_revision(const NewRevisionOptions& options, std::ostream& out, std::ostream& err);

}  // namespace schemadiff::cli
