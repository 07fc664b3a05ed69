// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include "cli/project_config.hpp"
#include "schemadiff/diff/diff.hpp"

namespace schemadiff::cli {

/// --with-privileges and --with-owners, shared by the commands that compare schemas.
struct DiffFlags {
  bool with_privileges = false;
  bool with_owners = false;
};

void add_diff_flags(CLI::App* app, DiffFlags& flags);

/// The flags, each also turned on by its schemadiff.toml key (with_privileges, with_owners).
DiffOptions diff_options(const DiffFlags& flags, const ProjectConfig& config);

}  // namespace schemadiff::cli
