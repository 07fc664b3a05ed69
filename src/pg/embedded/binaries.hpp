// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "pg/embedded/process.hpp"

namespace schemadiff::embedded {

/// The directory holding initdb and postgres: `configured` if not empty, then
/// SCHEMADIFF_PG_BINDIR, then `pg_config --bindir`, then the newest
/// /usr/lib/postgresql/<version>/bin, then PATH. Throws Error saying what was tried.
std::string find_bindir(const std::string& configured);

/// Who the server runs as: nobody in particular (nullopt) unless we are root, in which
/// case `configured`, else SCHEMADIFF_PG_USER, else `postgres`. Throws Error if that
/// account does not exist or is root itself.
std::optional<Account> find_server_account(const std::string& configured);

}  // namespace schemadiff::embedded
