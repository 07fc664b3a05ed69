// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/sql/quote.hpp"

namespace schemadiff {

// quote_ident and quote_literal (schemadiff/sql/quote.hpp) write every identifier and
// literal of generated SQL.

/// `"schema"."name"`, both parts through quote_ident.
std::string quote_qualified(const QualifiedName& name);

/// The SQL statements (without trailing `;`) that carry out one operation; most
/// operations are one statement, a few (ReplaceEnum) are several.
std::vector<std::string> render(const Operation& operation);

/// Marks the statements of a step that must run outside a transaction block (on a line
/// of its own, before them), in scripts and revision files.
inline constexpr std::string_view k_no_transaction_marker = "-- schemadiff:no-transaction";

/// The whole plan as a script: each statement ends with `;` and a newline; a step that
/// must run outside a transaction is preceded by k_no_transaction_marker.
std::string render_script(const Plan& plan);

}  // namespace schemadiff
