// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace schemadiff::cli {

/// The keys of schemadiff.toml that commands read. Absent keys stay nullopt/empty.
struct ProjectConfig {
  std::optional<std::string> url;
  std::optional<std::string> models;
  std::optional<std::string> versions;
  std::optional<std::string> dev_url;
  std::optional<std::string> version_table;
  std::vector<std::string> schemas;
  bool with_privileges = false;
  bool with_owners = false;
};

/// File name looked up in the current directory.
inline constexpr const char* k_config_file = "schemadiff.toml";

/// Reads `path` if it exists (a missing file is an empty config). A file that cannot be
/// parsed, or holds an unknown key, is an Error naming the file.
ProjectConfig load_project_config(const std::string& path = k_config_file);

}  // namespace schemadiff::cli
