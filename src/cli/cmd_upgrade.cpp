// SPDX-License-Identifier: MIT
#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"

namespace schemadiff::cli {

Command setup_upgrade(CLI::App& parent) {
  auto options = std::make_shared<MigrationRunOptions>();
  options->target = "head";
  CLI::App* app = parent.add_subcommand("upgrade", "Run revisions forward to a target");
  app->add_option(
      "target", options->target,
      "Revision to upgrade to: head (default), heads, an id or unique prefix, +N, REV+N; with --sql also FROM:TO");
  add_migration_run_flags(app, *options);
  return Command{app, [options](std::ostream& out, std::ostream& err) {
                   return run_migration(Direction::upgrade, *options, out, err);
                 }};
}

}  // namespace schemadiff::cli
