// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace schemadiff {

/// 1-based line and column of byte `offset` in `text` (columns count UTF-8 characters).
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset);

}  // namespace schemadiff
