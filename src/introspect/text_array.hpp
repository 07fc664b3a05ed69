// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemadiff::introspection {

/// Decodes PostgreSQL's text output of a one-dimensional array, e.g.
/// `{a,"b c",NULL,"say \"hi\""}`: quoted elements are unquoted and unescaped, an unquoted
/// NULL is nullopt. A leading dimension decoration (`[0:1]={...}`) is skipped. Throws Error
/// on malformed text and on multi-dimensional arrays.
std::vector<std::optional<std::string>> decode_text_array(std::string_view text);

/// decode_text_array for arrays that never hold NULL (names, labels, reloptions); throws
/// Error if one does.
std::vector<std::string> decode_string_array(std::string_view text);

}  // namespace schemadiff::introspection
