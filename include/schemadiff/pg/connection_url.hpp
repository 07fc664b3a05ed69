// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace schemadiff {

/// Normalizes a user-supplied database URL into one libpq accepts.
/// Accepts `postgresql://` and `postgres://`, and SQLAlchemy-style URLs with a driver
/// part (`postgresql+psycopg2://`, `postgresql+asyncpg://`), which it drops.
/// Throws Error for anything else, naming the URL with its password hidden.
std::string normalize_database_url(std::string_view url);

/// The URL with any password replaced by `***`, for messages.
std::string redact_database_url(std::string_view url);

}  // namespace schemadiff
