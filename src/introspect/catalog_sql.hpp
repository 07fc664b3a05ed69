// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace schemadiff::introspection {

/// Catalog columns come and go between PostgreSQL versions, so a line of an
/// introspection/*.sql file can be limited to some versions by ending it with a marker:
///
///     i.indnullsnotdistinct AS nulls_not_distinct,  -- pg>=15
///     false AS nulls_not_distinct,                  -- pg<15
///
/// `-- pg>=N` keeps the line only on major version N or later, `-- pg<N` only before N
/// (N is a major version: 12, 13, ...). Unmarked lines are always kept. A dropped line
/// becomes an empty line, so line numbers in server errors still match the file.
/// `server_version` is server_version_num, e.g. 150018. Throws Error naming the line of a
/// marker it cannot read.
std::string apply_version_markers(std::string_view sql, int server_version);

/// The embedded introspection/<name>.sql with version markers applied. Throws Error if
/// there is no such query.
std::string catalog_query(std::string_view name, int server_version);

}  // namespace schemadiff::introspection
