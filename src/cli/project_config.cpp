// SPDX-License-Identifier: MIT
#include "cli/project_config.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <sstream>

#include "schemadiff/error.hpp"
#include "schemadiff/read_file.hpp"

namespace schemadiff::cli {

namespace {

bool boolean(const std::string& path, const std::string& key, const std::string& value) {
  if (value == "true") {
    return true;
  }
  if (value == "false") {
    return false;
  }
  throw Error(fmt::format("{}: key \"{}\" must be true or false", path, key));
}

}  // namespace

ProjectConfig load_project_config(const std::string& path) {
  ProjectConfig config;
  if (!std::filesystem::exists(path)) {
    return config;
  }
  std::istringstream input(read_file(path));
  std::vector<CLI::ConfigItem> items;
  try {
    items = CLI::ConfigTOML().from_config(input);
  } catch (const CLI::ParseError& e) {
    throw Error(fmt::format("{}: {}", path, e.what()));
  }
  for (const auto& item : items) {
    const std::string key = item.fullname();
    // CLI11 reports section headers as items of their own; we only use top-level keys.
    if (item.name == "++" || item.name == "--") {
      continue;
    }
    const auto single = [&]() -> std::string {
      if (item.inputs.size() != 1) {
        throw Error(fmt::format("{}: key \"{}\" must be a single string", path, key));
      }
      return item.inputs.front();
    };
    if (key == "url") {
      config.url = single();
    } else if (key == "models") {
      config.models = single();
    } else if (key == "versions") {
      config.versions = single();
    } else if (key == "dev_url") {
      config.dev_url = single();
    } else if (key == "version_table") {
      config.version_table = single();
    } else if (key == "schemas") {
      config.schemas = item.inputs;
    } else if (key == "with_privileges") {
      config.with_privileges = boolean(path, key, single());
    } else if (key == "with_owners") {
      config.with_owners = boolean(path, key, single());
    } else {
      throw Error(fmt::format(
          "{}: unknown key \"{}\" (known: url, models, versions, dev_url, version_table, schemas, "
          "with_privileges, with_owners)",
          path, key));
    }
  }
  return config;
}

}  // namespace schemadiff::cli
