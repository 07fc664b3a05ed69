// SPDX-License-Identifier: MIT
#include "cli/rename_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "schemadiff/error.hpp"

namespace schemadiff::cli {
namespace {

// `a.b."c.d"` -> a, b, c.d
std::vector<std::string> split_dotted(const std::string& text, const std::string& flag) {
  std::vector<std::string> parts(1);
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      if (quoted && i + 1 < text.size() && text[i + 1] == '"') {
        parts.back() += '"';
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (c == '.' && !quoted) {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  for (const std::string& part : parts) {
    if (part.empty() || quoted) {
      throw UsageError(fmt::format("--rename {}: cannot read \"{}\" as a name", flag, text));
    }
  }
  return parts;
}

Rename parse_one(const std::string& flag) {
  const std::size_t colon = flag.find(':');
  const std::size_t equals = flag.rfind('=');
  if (colon == std::string::npos || equals == std::string::npos || equals < colon) {
    throw UsageError(fmt::format("--rename {}: expected KIND:OLD=NEW, e.g. table:public.zones=camera_zones", flag));
  }
  const std::optional<RenameKind> kind = parse_rename_kind(flag.substr(0, colon));
  if (!kind) {
    throw UsageError(fmt::format(
        "--rename {}: unknown kind {} (table, column, index, constraint, enum, enum-label, view, function)", flag,
        flag.substr(0, colon)));
  }
  std::vector<std::string> old_parts = split_dotted(flag.substr(colon + 1, equals - colon - 1), flag);
  const std::vector<std::string> new_parts = split_dotted(flag.substr(equals + 1), flag);
  if (new_parts.size() != 1) {
    throw UsageError(fmt::format("--rename {}: NEW is the new name alone, without schema or owner", flag));
  }
  const bool member = *kind == RenameKind::column || *kind == RenameKind::constraint || *kind == RenameKind::enum_label;
  const std::size_t owner_parts = old_parts.size() - (member ? 1 : 0);
  if (owner_parts < 1 || owner_parts > 2) {
    throw UsageError(fmt::format("--rename {}: OLD is {}", flag,
                                 member ? "[schema.]owner.member" : "[schema.]name"));
  }
  if (owner_parts == 1) {
    old_parts.insert(old_parts.begin(), "public");
  }
  Rename rename;
  rename.kind = *kind;
  rename.to = new_parts[0];
  if (member) {
    rename.object = {old_parts[0], old_parts[1]};
    rename.from = old_parts[2];
  } else {
    rename.object = {old_parts[0], rename.to};
    rename.from = old_parts[1];
  }
  return rename;
}

}  // namespace

void add_rename_flag(CLI::App* app, std::vector<std::string>& flags) {
  app->add_option("--rename", flags,
                  "KIND:OLD=NEW: rename instead of drop and create, like a -- schemadiff:renamed-from hint "
                  "(e.g. table:public.zones=camera_zones, column:public.cameras.name=label)");
}

std::vector<Rename> parse_rename_flags(const std::vector<std::string>& flags) {
  std::vector<Rename> renames;
  for (const std::string& flag : flags) {
    renames.push_back(parse_one(flag));
  }
  return renames;
}

void print_rename_suggestions(const std::vector<std::string>& suggestions, std::ostream& err) {
  for (const std::string& suggestion : suggestions) {
    err << "schemadiff: hint: " << suggestion << '\n';
  }
}

}  // namespace schemadiff::cli
