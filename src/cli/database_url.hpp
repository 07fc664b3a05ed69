// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "cli/project_config.hpp"

namespace schemadiff::cli {

/// Used when nothing else names a database: the local server's `postgres` database.
inline constexpr const char* k_default_database_url = "postgresql://localhost:5432/postgres";

/// The database URL a command talks to, first that is set: `--url`, the environment
/// variables SCHEMADIFF_DATABASE_URL then DATABASE_URL, the `url` key of schemadiff.toml,
/// then k_default_database_url.
std::string resolve_database_url(const std::optional<std::string>& flag, const ProjectConfig& config);

}  // namespace schemadiff::cli
