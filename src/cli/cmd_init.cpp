// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"
#include "cli/database_url.hpp"
#include "cli/run.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/revision/revision_directory.hpp"

namespace schemadiff::cli {
namespace {

namespace fs = std::filesystem;

std::string config_text() {
  return fmt::format(
      "# schemadiff project settings; paths are relative to this file's directory,\n"
      "# from which schemadiff is run.\n"
      "url = \"{}\"\n"
      "models = \"{}\"\n"
      "versions = \"{}\"\n"
      "dev_url = \"embedded\"\n"
      "version_table = \"schemadiff_version\"\n"
      "schemas = [\"public\"]\n",
      k_default_database_url, k_default_models_dir, k_default_versions_dir);
}

int run_init(const std::string& directory, std::ostream& out) {
  const fs::path root(directory);
  const fs::path config = root / k_config_file;
  std::error_code ec;
  if (fs::exists(config, ec)) {
    throw Error(fmt::format("{}: already exists; init does not overwrite anything", config.string()));
  }
  fs::create_directories(root, ec);
  for (const char* sub : {k_default_models_dir, k_default_versions_dir}) {
    fs::create_directories(root / sub, ec);
    if (ec) {
      throw Error(fmt::format("{}: cannot create the directory: {}", (root / sub).string(), ec.message()));
    }
  }
  write_file_atomically(config.string(), config_text());
  out << fmt::format("Created {}, {}/ and {}/ in {}\n", k_config_file, k_default_models_dir, k_default_versions_dir,
                     directory);
  return k_exit_ok;
}

}  // namespace

Command setup_init(CLI::App& parent) {
  auto directory = std::make_shared<std::string>(".");
  CLI::App* app = parent.add_subcommand(
      "init", "Start a project: schemadiff.toml, an empty schema_models/ and migrations/versions/");
  app->add_option("directory", *directory, "Where (default: the current directory)");
  return Command{app, [directory](std::ostream& out, std::ostream&) { return run_init(*directory, out); }};
}

}  // namespace schemadiff::cli
