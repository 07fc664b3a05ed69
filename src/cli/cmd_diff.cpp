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
#include "cli/warnings.hpp"
#include "schemadiff/engine/compare.hpp"
#include "schemadiff/model_io/plan_json.hpp"
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

int run_diff(const DiffCommandOptions& options, std::ostream& out, std::ostream& err) {
  const ProjectConfig config = load_project_config();
  CompareOptions compare_options;
  compare_options.diff = diff_options(options.diff_flags, config);
  compare_options.diff.renames = parse_rename_flags(options.renames);
  compare_options.introspect = {.include_schemas = options.schemas.empty() ? config.schemas : options.schemas,
                                .exclude_schemas = options.exclude_schemas};
  compare_options.directions = options.downgrade ? Directions::backward : Directions::forward;
  compare_options.from_context = "reading --from";
  compare_options.to_context = "reading --to";
  ScratchServer scratch(options.dev_url.value_or(config.dev_url.value_or("")));
  const Comparison comparison =
      compare(parse_model_source(options.from), parse_model_source(options.to), scratch, compare_options);

  const PlannedChange& change = options.downgrade ? *comparison.backward : *comparison.forward;
  print_warnings(comparison.warnings, err);
  warn_unmanaged(err, {&comparison.unmanaged_from, &comparison.unmanaged_to});
  if (options.format == "json") {
    write_plan_json(change.plan, out);
  } else {
    out << render_script(change.plan);
  }
  print_hazard_summary(change.plan, err);
  print_rename_suggestions(change.rename_suggestions, err);
  return change.plan.empty() ? k_exit_ok : k_exit_changes;
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
                  "Server for scratch databases of declared models (default: dev_url in schemadiff.toml, else an "
                  "embedded throwaway server)");
  app->add_option("--schema", options->schemas, "Only this schema (repeatable)");
  app->add_option("--exclude-schema", options->exclude_schemas, "Leave out this schema (repeatable)");
  add_rename_flag(app, options->renames);
  add_diff_flags(app, options->diff_flags);
  return Command{app, [options](std::ostream& out, std::ostream& err) { return run_diff(*options, out, err); }};
}

}  // namespace schemadiff::cli
