// SPDX-License-Identifier: MIT
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/diff_flags.hpp"
#include "cli/model_source.hpp"
#include "cli/plan_output.hpp"
#include "cli/project_config.hpp"
#include "cli/rename_options.hpp"
#include "cli/run.hpp"
#include "cli/unmanaged_warnings.hpp"
#include "schemadiff/diff/diff.hpp"
#include "schemadiff/diff/renames.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/load/canonicalize.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::cli {
namespace {

struct DiffCommandOptions {
  std::string from;
  std::string to;
  std::string format = "sql";
  bool downgrade = false;
  std::optional<std::string> dev_url;
  std::vector<std::string> schemas;
  std::vector<std::string> exclude_schemas;
  std::vector<std::string> renames;
  DiffFlags diff_flags;
};

// Flags and the --to models' hints say how --from's objects are called in --to; hints in
// --from models say the reverse.
std::vector<Rename> renames_from_to(const DiffCommandOptions& options) {
  std::vector<Rename> renames = parse_rename_flags(options.renames);
  if (is_declared_source(options.to)) {
    for (Rename& rename : declared_renames(options.to, {})) {
      renames.push_back(std::move(rename));
    }
  }
  if (is_declared_source(options.from)) {
    for (const Rename& rename : declared_renames(options.from, {})) {
      renames.push_back(reversed(rename));
    }
  }
  return renames;
}

// The server that reprints expressions the two sides print differently: a database side
// of the comparison (it has the types and functions the expressions use; only temporary
// tables in a rolled-back transaction touch it), else an explicitly configured dev server.
// Without either, nothing is reprinted: starting an embedded server costs more than the
// rare false difference between two files is worth.
std::optional<std::string> reprint_server(const DiffCommandOptions& options, const ProjectConfig& config) {
  for (const std::string* source : {&options.from, &options.to}) {
    if (is_database_source(*source)) {
      return *source;
    }
  }
  const std::optional<std::string> dev_url = options.dev_url ? options.dev_url : config.dev_url;
  if (dev_url && !dev_url->empty() && *dev_url != "embedded") {
    return dev_url;
  }
  return std::nullopt;
}

int run_diff(const DiffCommandOptions& options, std::ostream& out, std::ostream& err) {
  const ProjectConfig config = load_project_config();
  const IntrospectOptions introspect_options{
      .include_schemas = options.schemas.empty() ? config.schemas : options.schemas,
      .exclude_schemas = options.exclude_schemas};
  const bool declared_side = !is_database_source(options.from) || !is_database_source(options.to);
  const ScratchOptions scratch =
      declared_side ? default_scratch(options.dev_url ? options.dev_url : config.dev_url, {options.from, options.to},
                                      [&err](const std::string& message) { err << "schemadiff: warning: " << message << '\n'; })
                    : ScratchOptions{};

  SchemaModel from = with_context("reading --from", [&] {
    return load_model_source(options.from, introspect_options, scratch);
  });
  SchemaModel to = with_context("reading --to", [&] {
    return load_model_source(options.to, introspect_options, scratch);
  });
  warn_unmanaged(err, {&from, &to});
  const SchemaModel& old_side = options.downgrade ? to : from;
  SchemaModel& new_side = options.downgrade ? from : to;
  if (const auto server = reprint_server(options, config)) {
    with_context("comparing expressions", [&] {
      Database db = Database::connect(*server);
      canonicalize_expressions(old_side, new_side, db);
    });
  }
  DiffOptions compare = diff_options(options.diff_flags, config);
  compare.renames = renames_from_to(options);
  if (options.downgrade) {
    for (Rename& rename : compare.renames) {
      rename = reversed(rename);
    }
  }
  std::vector<std::string> suggestions;
  const Plan result = with_context("planning", [&] {
    const Diff changes = diff_models(old_side, new_side, compare);
    suggestions = rename_suggestions(changes.operations);
    return plan(changes, old_side, new_side);
  });

  if (options.format == "json") {
    print_plan_json(result, out);
  } else {
    out << render_script(result);
  }
  print_hazard_summary(result, err);
  print_rename_suggestions(suggestions, err);
  return result.empty() ? k_exit_ok : k_exit_changes;
}

}  // namespace

Command setup_diff(CLI::App& parent) {
  auto options = std::make_shared<DiffCommandOptions>();
  CLI::App* app = parent.add_subcommand(
      "diff", "Print the SQL that turns --from into --to (exit 0: no differences, 2: differences)");
  const std::string source_help =
      ": a postgresql:// URL, a .json snapshot, or declared models (a directory or .sql file)";
  app->add_option("--from", options->from, "Current schema" + source_help)->required();
  app->add_option("--to", options->to, "Wanted schema" + source_help)->required();
  app->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"sql", "json"}))
      ->capture_default_str();
  app->add_flag("--downgrade", options->downgrade, "Print the SQL that turns --to back into --from");
  app->add_option("--dev-url", options->dev_url,
                  "Server for scratch databases of declared models (default: an embedded throwaway server)");
  app->add_option("--schema", options->schemas, "Only this schema (repeatable)");
  app->add_option("--exclude-schema", options->exclude_schemas, "Leave out this schema (repeatable)");
  add_rename_flag(app, options->renames);
  add_diff_flags(app, options->diff_flags);
  return Command{app, [options](std::ostream& out, std::ostream& err) { return run_diff(*options, out, err); }};
}

}  // namespace schemadiff::cli
