// SPDX-License-Identifier: MIT
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

std::string display_name(const QualifiedName& name) {
  if (name.schema.empty()) {
    return quote_ident_if_needed(name.name);
  }
  return quote_ident_if_needed(name.schema) + "." + quote_ident_if_needed(name.name);
}

std::string display_name(const MemberName& name) {
  return display_name(name.owner) + "." + quote_ident_if_needed(name.name);
}

std::string display_name(const RoutineName& name) {
  return display_name(name.name) + "(" + name.arguments + ")";
}

}  // namespace schemadiff
