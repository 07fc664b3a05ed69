// SPDX-License-Identifier: MIT
#include "pg/embedded/binaries.hpp"

#include <pwd.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "schemadiff/error.hpp"

namespace schemadiff::embedded {
namespace {

namespace fs = std::filesystem;

// Debian and Ubuntu install each major version side by side here, none of it on PATH.
constexpr const char* k_debian_versions_dir = "/usr/lib/postgresql";

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

bool is_executable(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

bool has_server_binaries(const fs::path& dir) {
  return is_executable(dir / "initdb") && is_executable(dir / "postgres");
}

std::optional<std::string> from_pg_config() {
  try {
    const CommandResult result = run_command({"pg_config", "--bindir"}, std::nullopt, std::chrono::seconds(10));
    if (!result.status.ok()) {
      return std::nullopt;
    }
    std::string dir = result.output.substr(0, result.output.find('\n'));
    if (!dir.empty() && has_server_binaries(dir)) {
      return dir;
    }
  } catch (const Error&) {
    // No pg_config on PATH: not an error, just one place fewer to look.
  }
  return std::nullopt;
}

// "15" -> {15}, "9.6" -> {9, 6}; nullopt for anything that is not a version.
std::optional<std::vector<int>> parse_version(const std::string& name) {
  std::vector<int> parts;
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t dot = std::min(name.find('.', start), name.size());
    const std::string part = name.substr(start, dot - start);
    if (part.empty() || part.find_first_not_of("0123456789") != std::string::npos || part.size() > 6) {
      return std::nullopt;
    }
    parts.push_back(std::stoi(part));
    start = dot + 1;
  }
  return parts;
}

std::optional<std::string> from_versioned_dirs() {
  std::error_code ec;
  std::optional<std::vector<int>> best_version;
  std::optional<std::string> best;
  for (const auto& entry : fs::directory_iterator(k_debian_versions_dir, ec)) {
    const auto version = parse_version(entry.path().filename().string());
    const fs::path bin = entry.path() / "bin";
    if (!version || !has_server_binaries(bin)) {
      continue;
    }
    if (!best_version || *version > *best_version) {
      best_version = version;
      best = bin.string();
    }
  }
  return best;
}

std::optional<std::string> from_path() {
  const std::string path = env_or_empty("PATH");
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t colon = std::min(path.find(':', start), path.size());
    const std::string dir = path.substr(start, colon - start);
    if (!dir.empty() && has_server_binaries(dir)) {
      return dir;
    }
    start = colon + 1;
  }
  return std::nullopt;
}

std::string require_binaries(const std::string& dir, const std::string& origin) {
  if (!has_server_binaries(dir)) {
    throw Error(fmt::format("{} \"{}\" does not contain the PostgreSQL server programs initdb and postgres",
                            origin, dir));
  }
  return dir;
}

}  // namespace

std::string find_bindir(const std::string& configured) {
  if (!configured.empty()) {
    return require_binaries(configured, "the PostgreSQL binary directory");
  }
  if (const std::string env = env_or_empty("SCHEMADIFF_PG_BINDIR"); !env.empty()) {
    return require_binaries(env, "SCHEMADIFF_PG_BINDIR");
  }
  for (const auto& finder : {from_pg_config, from_versioned_dirs, from_path}) {
    if (auto dir = finder()) {
      return *dir;
    }
  }
  throw Error(fmt::format(
      "cannot find the PostgreSQL server programs (initdb, postgres): looked at `pg_config --bindir`, "
      "{}/*/bin and PATH; install the PostgreSQL server or set SCHEMADIFF_PG_BINDIR",
      k_debian_versions_dir));
}

std::optional<Account> find_server_account(const std::string& configured) {
  if (geteuid() != 0) {
    return std::nullopt;
  }
  std::string name = configured;
  if (name.empty()) {
    name = env_or_empty("SCHEMADIFF_PG_USER");
  }
  if (name.empty()) {
    name = "postgres";
  }
  const passwd* entry = getpwnam(name.c_str());
  if (entry == nullptr) {
    throw Error(fmt::format(
        "PostgreSQL refuses to run as root, and the account \"{}\" to run it as does not exist; "
        "create it or name another with SCHEMADIFF_PG_USER",
        name));
  }
  if (entry->pw_uid == 0) {
    throw Error(fmt::format(
        "PostgreSQL refuses to run as root, and the account \"{}\" has uid 0; name an unprivileged "
        "account with SCHEMADIFF_PG_USER",
        name));
  }
  return Account{name, entry->pw_uid, entry->pw_gid};
}

}  // namespace schemadiff::embedded
