// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace schemadiff {

/// The text of introspection/<name>.sql, embedded at build time; nullopt if no such file.
std::optional<std::string_view> catalog_query_text(std::string_view name);

}  // namespace schemadiff
