// SPDX-License-Identifier: MIT
#pragma once

#include <pg_query.h>

#include <string>
#include <string_view>

namespace schemadiff::sql_detail {

/// The parser's or scanner's error as a ModelError at `source:line:column` of `sql`.
[[noreturn]] void throw_syntax_error(std::string_view sql, const PgQueryError& error, const std::string& source);

}  // namespace schemadiff::sql_detail
