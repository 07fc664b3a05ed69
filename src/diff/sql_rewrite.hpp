// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "schemadiff/model/qualified_name.hpp"

// Renaming an object in a model means renaming it in the SQL text PostgreSQL deparsed for
// the objects that refer to it (a view's query, an index or constraint definition, a
// default), the way the server's own deparser would print it after ALTER ... RENAME.
// The text is the server's output under an empty search_path: identifiers are bare
// lower-case words or double-quoted, names of other schemas' objects are qualified,
// literals are single-quoted. Nothing here parses user input.
namespace schemadiff::diff_detail {

/// `schema.old` (either part possibly quoted) becomes `schema.new`.
std::string rewrite_qualified_name(std::string_view text, const QualifiedName& old_name, const std::string& new_name);

/// A bare `old` used as a qualifier (`old.column`, not itself after a dot) becomes `new`:
/// the deparser qualifies columns with the relation's name when the query gave no alias.
std::string rewrite_qualifier(std::string_view text, const std::string& old_name, const std::string& new_name);

/// A bare identifier `old` that is neither qualified nor a qualifier nor a function name
/// becomes `new`: a column in a table's own expressions (CHECK, index keys, predicates).
std::string rewrite_identifier(std::string_view text, const std::string& old_name, const std::string& new_name);

/// The literal `'old'::schema.type` becomes `'new'::schema.type`: an enum label as the
/// deparser prints it in defaults, CHECKs and predicates.
std::string rewrite_enum_literal(std::string_view text, const QualifiedName& type, const std::string& old_label,
                                 const std::string& new_label);

/// The literal `'schema.old'::regclass` (as nextval() defaults print a sequence) names
/// `schema.new` instead.
std::string rewrite_regclass_literal(std::string_view text, const QualifiedName& old_name, const std::string& new_name);

}  // namespace schemadiff::diff_detail
