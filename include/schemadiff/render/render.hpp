// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/diff/operation.hpp"
#include "schemadiff/plan/plan.hpp"

namespace schemadiff {

/// `"name"`: always double-quoted, embedded quotes doubled. Every identifier in generated
/// SQL goes through this (or quote_qualified), so capitals, spaces, quotes and reserved
/// words are safe and the output is the same whatever the name.
std::string quote_ident(const std::string& ident);
/// `"schema"."name"`.
std::string quote_qualified(const QualifiedName& name);
/// `'text'` with quotes doubled, for comments and enum labels.
std::string quote_literal(const std::string& text);

/// The SQL statements (without trailing `;`) that carry out one operation; most
/// operations are one statement, a few (ReplaceEnum) are several.
std::vector<std::string> render(const Operation& operation);

/// The whole plan as a script: each statement ends with `;` and a newline.
std::string render_script(const Plan& plan);

}  // namespace schemadiff
