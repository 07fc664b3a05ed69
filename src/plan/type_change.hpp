// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace schemadiff::planning {

// Judgements about ALTER COLUMN ... TYPE between two format_type spellings. Both are
// conservative: anything not known to be safe is reported as the risky case.

/// Every value of `from` converts to `to` unchanged: integer/float widening, longer
/// varchar/char, numeric with no fewer integer or fraction digits, date -> timestamp,
/// timestamp -> timestamptz, anything -> text or unconstrained varchar; arrays element-wise.
bool is_known_widening(const std::string& from, const std::string& to);

/// PostgreSQL keeps the stored bytes and skips the rewrite: same type (a collation change),
/// varchar made longer or unconstrained, varchar <-> text, numeric precision raised with the
/// same scale or dropped.
bool is_rewrite_free(const std::string& from, const std::string& to);

}  // namespace schemadiff::planning
