// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <span>

namespace schemadiff::cli {

/// Exit codes, documented in the README.
enum ExitCode : int {
  k_exit_ok = 0,
  k_exit_error = 1,
  k_exit_changes = 2,  ///< `diff`/`check`: differences found
  k_exit_hazards = 3,  ///< refused: hazardous statements without --allow-hazards
  k_exit_usage = 64,
  k_exit_interrupted = 130,  ///< Ctrl-C or SIGTERM; everything temporary was removed
};

/// The whole command line: parses `args` (argv, program name first), runs the command,
/// prints errors once to `err`, and returns the exit code. Never throws.
int run(std::span<char*> args, std::ostream& out, std::ostream& err);

}  // namespace schemadiff::cli
