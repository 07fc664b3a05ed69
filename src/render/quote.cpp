// SPDX-License-Identifier: MIT
#include "schemadiff/render/render.hpp"

namespace schemadiff {

std::string quote_qualified(const QualifiedName& name) {
  return quote_ident(name.schema) + "." + quote_ident(name.name);
}

}  // namespace schemadiff
