// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/database_url.hpp"
#include "cli/model_source.hpp"
#include "cli/project_config.hpp"
#include "schemadiff/model_io/json.hpp"
#include "schemadiff/model_io/text.hpp"

namespace schemadiff::cli {
namespace {

struct InspectOptions {
  std::optional<std::string> url;
  std::optional<std::string> models;
  std::optional<std::string> dev_url;
  std::vector<std::string> schemas;
  std::vector<std::string> exclude_schemas;
  std::string format = "text";
};

int run_inspect(const InspectOptions& options, std::ostream& out) {
  const ProjectConfig config = load_project_config();
  IntrospectOptions introspect_options{
      .include_schemas = options.schemas.empty() ? config.schemas : options.schemas,
      .exclude_schemas = options.exclude_schemas};

  ScratchServer scratch(options.dev_url.value_or(config.dev_url.value_or("")));
  const SchemaModel model = load_source(
      parse_model_source(options.models ? *options.models : resolve_database_url(options.url, config)), scratch,
      introspect_options);
  if (options.format == "json") {
    write_model_json(model, out);
  } else {
    out << format_model_text(model);
  }
  return 0;
}

}  // namespace

Command setup_inspect(CLI::App& parent) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* app = parent.add_subcommand("inspect", "Print the schema model of a database or of declared models");
  app->add_option("--url", options->url,
                  "Database URL (default: $SCHEMADIFF_DATABASE_URL, $DATABASE_URL, url in schemadiff.toml, " +
                      std::string(k_default_database_url) + ")");
  app->add_option("--models", options->models,
                  "Inspect declared models instead: a directory of .sql files or one .sql file")
      ->excludes("--url");
  app->add_option("--dev-url", options->dev_url,
                  "Server for the scratch database of --models (default: an embedded throwaway server)");
  app->add_option("--schema", options->schemas, "Only this schema (repeatable)");
  app->add_option("--exclude-schema", options->exclude_schemas, "Leave out this schema (repeatable)");
  app->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  return Command{app, [options](std::ostream& out, std::ostream&) { return run_inspect(*options, out); }};
}

}  // namespace schemadiff::cli
