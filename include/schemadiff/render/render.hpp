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

/// Marks a hand-written statement that must run outside a transaction block (on a line of
/// its own, before it), in revision files. Generated statements say so in their step line
/// (`tx=no`, step_line.hpp) instead.
inline constexpr std::string_view k_no_transaction_marker = "-- schemadiff:no-transaction";

/// The whole plan as a script: each statement is preceded by its step's step line
/// (step_line.hpp) and ends with `;` and a newline.
std::string render_script(const Plan& plan);

}  // namespace schemadiff
