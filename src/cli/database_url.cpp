// SPDX-License-Identifier: MIT
#include "cli/database_url.hpp"

#include <cstdlib>

namespace schemadiff::cli {

std::string resolve_database_url(const std::optional<std::string>& flag, const ProjectConfig& config) {
  if (flag && !flag->empty()) {
    return *flag;
  }
  for (const char* variable : {"SCHEMADIFF_DATABASE_URL", "DATABASE_URL"}) {
    if (const char* value = std::getenv(variable); value != nullptr && *value != '\0') {
      return value;
    }
  }
  if (config.url && !config.url->empty()) {
    return *config.url;
  }
  return k_default_database_url;
}

}  // namespace schemadiff::cli
