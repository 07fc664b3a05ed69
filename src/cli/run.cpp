// SPDX-License-Identifier: MIT
#include "cli/run.hpp"

#include <fmt/format.h>

#include <ostream>
#include <vector>

#include "cli/command.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/interrupt.hpp"

#ifndef SCHEMADIFF_VERSION
#define SCHEMADIFF_VERSION "0.0.0"
#endif

namespace schemadiff::cli {
namespace {

int exit_code_for(const std::exception& e) {
  if (find_nested<Interrupted>(e) != nullptr) {
    return k_exit_interrupted;
  }
  if (find_nested<UsageError>(e) != nullptr) {
    return k_exit_usage;
  }
  return k_exit_error;
}

}  // namespace

int run(std::span<char*> args, std::ostream& out, std::ostream& err) {
  CLI::App app{"schemadiff: PostgreSQL schema diffs and migrations", "schemadiff"};
  app.set_version_flag("--version", "schemadiff " SCHEMADIFF_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);

  std::vector<Command> commands;
  commands.push_back(setup_inspect(app));
  commands.push_back(setup_diff(app));
  commands.push_back(setup_init(app));
  commands.push_back(setup_revision(app));
  commands.push_back(setup_autogenerate(app));
  commands.push_back(setup_upgrade(app));
  commands.push_back(setup_downgrade(app));
  commands.push_back(setup_current(app));
  commands.push_back(setup_history(app));
  commands.push_back(setup_heads(app));
  commands.push_back(setup_branches(app));
  commands.push_back(setup_show(app));
  commands.push_back(setup_stamp(app));
  commands.push_back(setup_merge(app));
  commands.push_back(setup_check(app));

  try {
    std::vector<std::string> argv(args.begin() + (args.empty() ? 0 : 1), args.end());
    std::reverse(argv.begin(), argv.end());  // CLI11 takes the arguments in reverse order
    app.parse(argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    return code == 0 ? k_exit_ok : k_exit_usage;
  }

  for (const auto& command : commands) {
    if (!command.app->parsed()) {
      continue;
    }
    try {
      return command.action(out, err);
    } catch (const std::exception& e) {
      out.flush();
      err << "schemadiff: error: " << describe(e) << '\n';
      return exit_code_for(e);
    }
  }
  return k_exit_usage;
}

}  // namespace schemadiff::cli
