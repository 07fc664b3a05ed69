// SPDX-License-Identifier: MIT
#include <vector>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"
#include "schemadiff/sql/tokens.hpp"

namespace schemadiff::render_detail {
namespace {

// pg_get_indexdef prints `ON ONLY parent` for an index on a partitioned table: run as is,
// that builds an invalid index on the parent alone. The model holds only the parent's
// index (the partitions' copies are implied), so it is created on the whole hierarchy.
std::string without_only(const std::string& definition) {
  const std::vector<sql::Token> tokens = sql::scan(definition, "index definition");
  std::size_t at = 0;
  const auto accept = [&](std::string_view keyword) {
    if (at < tokens.size() && sql::is_keyword(definition, tokens[at], keyword)) {
      ++at;
      return true;
    }
    return false;
  };
  if (!accept("create")) {
    return definition;
  }
  accept("unique");
  if (!accept("index") || at >= tokens.size() || !tokens[at].is_word()) {
    return definition;
  }
  ++at;  // the index's name
  if (!accept("on") || at + 1 >= tokens.size() || !sql::is_keyword(definition, tokens[at], "only")) {
    return definition;
  }
  return definition.substr(0, tokens[at].start) + definition.substr(tokens[at + 1].start);
}

}  // namespace

template <>
Statements render_operation(const CreateIndex& op) {
  return {without_only(strip_terminator(op.index.definition))};
}

template <>
Statements render_operation(const DropIndex& op) {
  return {"DROP INDEX " + quote_qualified(op.index.name)};
}

}  // namespace schemadiff::render_detail
