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

template <>
Statements render_operation(const CreateCompositeType& op) {
  std::vector<std::string> attributes;
  for (const CompositeAttribute& attribute : op.type.attributes) {
    attributes.push_back(quote_ident(attribute.name) + " " + attribute_type(attribute));
  }
  return {"CREATE TYPE " + quote_qualified(op.type.name) + " AS (" + join(attributes, ", ") + ")"};
}

template <>
Statements render_operation(const DropCompositeType& op) { return {"DROP TYPE " + quote_qualified(op.type.name)}; }

// Drops first, then changes, then additions in their final order: ADD ATTRIBUTE appends,
// so the differ only sends layouts this order reaches. With columns to park, the drops and
// additions (which PostgreSQL applies to stored values) run first, so the values parked as
// text already have the final attribute list and only the re-typing runs without them.
template <>
Statements render_operation(const AlterCompositeType& op) {
  std::vector<std::string> drops;
  std::vector<std::string> retypes;
  std::vector<std::string> adds;
  for (const CompositeAttribute& before : op.from.attributes) {
    if (find_attribute(op.to, before.name) == nullptr) {
      drops.push_back("DROP ATTRIBUTE " + quote_ident(before.name));
    }
  }
  for (const CompositeAttribute& after : op.to.attributes) {
    const CompositeAttribute* before = find_attribute(op.from, after.name);
    if (before == nullptr) {
      adds.push_back("ADD ATTRIBUTE " + quote_ident(after.name) + " " + attribute_type(after));
    } else if (*before != after) {
      retypes.push_back("ALTER ATTRIBUTE " + quote_ident(after.name) + " TYPE " + attribute_type(after));
    }
  }
  const std::string alter = "ALTER TYPE " + quote_qualified(op.to.name) + " ";
  if (op.columns.empty() || retypes.empty()) {
    std::vector<std::string> actions = drops;
    actions.insert(actions.end(), retypes.begin(), retypes.end());
    actions.insert(actions.end(), adds.begin(), adds.end());
    return actions.empty() ? Statements{} : Statements{alter + join(actions, ", ")};
  }
  Statements statements;
  drops.insert(drops.end(), adds.begin(), adds.end());
  if (!drops.empty()) {
    statements.push_back(alter + join(drops, ", "));
  }
  for (std::string& statement : replace_type_with_columns(op.columns, {alter + join(retypes, ", ")})) {
    statements.push_back(std::move(statement));
  }
  return statements;
}

}  // namespace schemadiff::render_detail
