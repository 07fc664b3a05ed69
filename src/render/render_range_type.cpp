// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

// Subtype, operator class, collation and function names are catalog text (format_type,
// quote_ident, regproc), already quoted where they need it.
std::string create_range(const RangeType& type) {
  std::vector<std::string> options{"subtype = " + type.subtype};
  if (type.subtype_opclass) {
    options.push_back("subtype_opclass = " + *type.subtype_opclass);
  }
  if (type.collation) {
    options.push_back("collation = " + *type.collation);
  }
  if (type.canonical) {
    options.push_back("canonical = " + *type.canonical);
  }
  if (type.subtype_diff) {
    options.push_back("subtype_diff = " + *type.subtype_diff);
  }
  if (type.multirange_type) {
    options.push_back("multirange_type_name = " + quote_qualified(*type.multirange_type));
  }
  return "CREATE TYPE " + quote_qualified(type.name) + " AS RANGE (" + join(options, ", ") + ")";
}

}  // namespace

template <>
Statements render_operation(const CreateRangeType& op) { return {create_range(op.type)}; }

template <>
Statements render_operation(const DropRangeType& op) { return {"DROP TYPE " + quote_qualified(op.type.name)}; }

template <>
Statements render_operation(const ReplaceRangeType& op) {
  return replace_type_with_columns(op.columns, {"DROP TYPE " + quote_qualified(op.from.name), create_range(op.to)});
}

}  // namespace schemadiff::render_detail
