// SPDX-License-Identifier: MIT
#include <memory>
#include <ostream>

#include "cli/cmd_migration_support.hpp"
#include "cli/command.hpp"

namespace schemadiff::cli {

Command setup_autogenerate(CLI::App& parent) {
  auto options = std::make_shared<NewRevisionOptions>();
  options->autogenerate = true;
  CLI::App* app = parent.add_subcommand("autogenerate",
                                        "Write a revision that turns the database at head into the declared models");
  add_new_revision_flags(app, *options);
  return Command{app, [options](std::ostream& out, std::ostream& err) { return run_new_revision(*options, out, err); }};
}

}  // namespace schemadiff::cli
