// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>

namespace schemadiff::cli {

/// A subcommand: its CLI11 app (flags bound to options the setup function owns) and the
/// action to run once the command line parsed. The action returns the exit code and
/// throws schemadiff::Error for failures; `run` prints them.
struct Command {
  CLI::App* app = nullptr;
  std::function<int(std::ostream& out, std::ostream& err)> action;
};

Command setup_inspect(CLI::App& parent);
Command setup_diff(CLI::App& parent);
Command setup_init(CLI::App& parent);
Command setup_revision(CLI::App& parent);
Command setup_autogenerate(CLI::App& parent);
Command setup_upgrade(CLI::App& parent);
Command setup_downgrade(CLI::App& parent);
Command setup_current(CLI::App& parent);
Command setup_history(CLI::App& parent);
Command setup_heads(CLI::App& parent);
Command setup_branches(CLI::App& parent);
Command setup_show(CLI::App& parent);
Command setup_stamp(CLI::App& parent);
Command setup_merge(CLI::App& parent);
Command setup_check(CLI::App& parent);

}  // namespace schemadiff::cli
