// SPDX-License-Identifier: MIT
#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"

namespace schemadiff::cli {

Command setup_downgrade(CLI::App& parent) {
  auto options = std::make_shared<MigrationRunOptions>();
  CLI::App* app = parent.add_subcommand("downgrade", "Undo revisions down to a target");
  app->add_option("target", options->target,
                  "Revision to downgrade to: -N, base, or an id or unique prefix; with --sql FROM:TO")
      ->required();
  add_migration_run_flags(app, *options);
  return Command{app, [options](std::ostream& out, std::ostream& err) {
                   return run_migration(Direction::downgrade, *options, out, err);
                 }};
}

}  // namespace schemadiff::cli
