// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {

// The provider is a keyword CREATE COLLATION takes as it is; every other value is a
// literal.
template <>
Statements render_operation(const CreateCollation& op) {
  const Collation& collation = op.collation;
  std::vector<std::string> options{"provider = " + collation.provider};
  if (collation.locale) {
    options.push_back("locale = " + quote_literal(*collation.locale));
  }
  if (collation.lc_collate) {
    options.push_back("lc_collate = " + quote_literal(*collation.lc_collate));
  }
  if (collation.lc_ctype) {
    options.push_back("lc_ctype = " + quote_literal(*collation.lc_ctype));
  }
  if (!collation.deterministic) {
    options.push_back("deterministic = false");
  }
  return {"CREATE COLLATION " + quote_qualified(collation.name) + " (" + join(options, ", ") + ")"};
}

template <>
Statements render_operation(const DropCollation& op) {
  return {"DROP COLLATION " + quote_qualified(op.collation.name)};
}

}  // namespace schemadiff::render_detail
