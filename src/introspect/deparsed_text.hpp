// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace schemadiff::introspection {

// Pieces cut out of the server's deparsed statements, read token by token with the
// server's own lexer, so a parenthesis or keyword inside a name or a literal is never
// taken for syntax.

/// The condition of the WHEN clause in `definition`, a CREATE TRIGGER statement as
/// pg_get_triggerdef prints it, without the parentheses around it; nullopt if it has none.
///
/// The catalog keeps the condition only as a node tree (tgqual) that pg_get_expr cannot
/// print, since it refers to both OLD and NEW. The clause is the first keyword WHEN followed
/// by `(` (WHEN is a reserved word, so no bare identifier before it can spell it), up to
/// its matching parenthesis. Throws Error if the parentheses do not balance.
std::optional<std::string> trigger_when_condition(std::string_view definition);

/// The expression of a CHECK constraint from its pg_get_constraintdef text,
/// `CHECK (expr)[ NO INHERIT][ NOT VALID]`: what pg_get_expr(conbin) prints, as both use
/// the same deparser. Throws Error if `definition` is not of that form.
std::string check_expression(std::string_view definition);

}  // namespace schemadiff::introspection
