// SPDX-License-Identifier: MIT
#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

std::string quote_with(const std::string& text, char quote) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  quoted += quote;
  for (char c : text) {
    if (c == quote) {
      quoted += quote;
    }
    quoted += c;
  }
  quoted += quote;
  return quoted;
}

}  // namespace

std::string quote_ident(const std::string& ident) { return quote_with(ident, '"'); }

std::string quote_qualified(const QualifiedName& name) {
  return quote_ident(name.schema) + "." + quote_ident(name.name);
}

// Backslashes are left alone: standard_conforming_strings is on by default (and has been
// since PostgreSQL 9.1), and the catalog texts we reuse verbatim (defaults, CHECK
// expressions, view bodies) are printed by the server under the same assumption, so an
// E'' form here would not make the script work anywhere it otherwise fails.
std::string quote_literal(const std::string& text) { return quote_with(text, '\''); }

}  // namespace schemadiff
