// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "schemadiff/model/rename.hpp"

namespace CLI {
class App;
}

namespace schemadiff::cli {

/// Adds `--rename KIND:OLD=NEW` (repeatable) to a command.
void add_rename_flag(CLI::App* app, std::vector<std::string>& flags);

/// `table:public.zones=camera_zones`, `column:public.camera_zones.name=label`,
/// `enum-label:public.mood.sad=unhappy`: OLD names the object (schema optional, default
/// public) or, for a column, constraint or label, its owner as the wanted schema names it
/// followed by the member's old name; NEW is the new name alone. Parts may be
/// double-quoted to hold dots. A malformed flag is a UsageError.
std::vector<Rename> parse_rename_flags(const std::vector<std::string>& flags);

/// Prints `schemadiff: hint: ...` lines.
void print_rename_suggestions(const std::vector<std::string>& suggestions, std::ostream& err);

}  // namespace schemadiff::cli
