// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace schemadiff {

/// `"name"`: always double-quoted, embedded quotes doubled. Every identifier in generated
/// SQL goes through this, so capitals, spaces, quotes and reserved words are safe and the
/// output is the same whatever the name.
std::string quote_ident(std::string_view ident);

/// The identifier as PostgreSQL's quote_ident() prints it: bare when it is a lower-case
/// ASCII word (letters, digits, `_`, not starting with a digit) that is no keyword or an
/// unreserved one, double-quoted otherwise. What the server's deparser prints, and what a
/// reader expects in messages and listings.
std::string quote_ident_if_needed(std::string_view ident);

/// `'text'` with single quotes doubled.
///
/// Backslashes are left alone: standard_conforming_strings is on by default (and has been
/// since PostgreSQL 9.1), and the catalog texts reused verbatim (defaults, CHECK
/// expressions, view bodies) are printed by the server under the same assumption, so an
/// E'' form here would not make a script work anywhere it otherwise fails.
std::string quote_literal(std::string_view text);

}  // namespace schemadiff
