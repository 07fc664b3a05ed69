// SPDX-License-Identifier: MIT
#include <algorithm>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

std::string attribute_type(const CompositeAttribute& attribute) {
  std::string sql = attribute.type;
  if (attribute.collation) {
    sql += " COLLATE " + *attribute.collation;
  }
  return sql;
}

const CompositeAttribute* find_attribute(const CompositeType& type, const std::string& name) {
  const auto found = std::find_if(type.attributes.begin(), type.attributes.end(),
                                  [&name](const CompositeAttribute& a) { return a.name == name; });
  return found == type.attributes.end() ? nullptr : &*found;
}

}  // namespace

Statements render_operation(const CreateCompositeType& op) {
  std::vector<std::string> attributes;
  for (const CompositeAttribute& attribute : op.type.attributes) {
    attributes.push_back(quote_ident(attribute.name) + " " + attribute_type(attribute));
  }
  return {"CREATE TYPE " + quote_qualified(op.type.name) + " AS (" + join(attributes, ", ") + ")"};
}

Statements render_operation(const DropCompositeType& op) { return {"DROP TYPE " + quote_qualified(op.type.name)}; }

// Drops first, then changes, then additions in their final order: ADD ATTRIBUTE appends,
// so the differ only sends layouts this order reaches.
Statements render_operation(const AlterCompositeType& op) {
  std::vector<std::string> actions;
  for (const CompositeAttribute& before : op.from.attributes) {
    if (find_attribute(op.to, before.name) == nullptr) {
      actions.push_back("DROP ATTRIBUTE " + quote_ident(before.name));
    }
  }
  for (const CompositeAttribute& after : op.to.attributes) {
    const CompositeAttribute* before = find_attribute(op.from, after.name);
    if (before != nullptr && *before != after) {
      actions.push_back("ALTER ATTRIBUTE " + quote_ident(after.name) + " TYPE " + attribute_type(after));
    }
  }
  for (const CompositeAttribute& after : op.to.attributes) {
    if (find_attribute(op.from, after.name) == nullptr) {
      actions.push_back("ADD ATTRIBUTE " + quote_ident(after.name) + " " + attribute_type(after));
    }
  }
  if (actions.empty()) {
    return {};
  }
  return {"ALTER TYPE " + quote_qualified(op.to.name) + " " + join(actions, ", ")};
}

}  // namespace schemadiff::render_detail
