// SPDX-License-Identifier: MIT
#include "cli/diff_flags.hpp"

namespace schemadiff::cli {

void add_diff_flags(CLI::App* app, DiffFlags& flags) {
  app->add_flag("--with-privileges", flags.with_privileges,
                "Also compare privileges (GRANT / REVOKE); default: with_privileges in schemadiff.toml, else off");
  app->add_flag("--with-owners", flags.with_owners,
                "Also compare owners (ALTER ... OWNER TO); default: with_owners in schemadiff.toml, else off");
}

DiffOptions diff_options(const DiffFlags& flags, const ProjectConfig& config) {
  DiffOptions options;
  options.with_privileges = flags.with_privileges || config.with_privileges;
  options.with_owners = flags.with_owners || config.with_owners;
  return options;
}

}  // namespace schemadiff::cli
