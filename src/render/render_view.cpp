// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

/// `[WITH (options)] AS\n<query>`: the query as pg_get_viewdef printed it, minus its `;`.
std::string view_body(const View& view) {
  std::string sql;
  if (!view.options.empty()) {
    sql += " WITH (" + render_options(view.options) + ")";
  }
  return sql + " AS\n" + strip_terminator(view.definition);
}

}  // namespace

template <>
Statements render_operation(const CreateView& op) {
  return {"CREATE VIEW " + quote_qualified(op.view.name) + view_body(op.view)};
}

template <>
Statements render_operation(const DropView& op) {
  return {"DROP VIEW " + quote_qualified(op.view.name)};
}

// CREATE OR REPLACE VIEW replaces the options wholesale, so dropped ones go away too.
template <>
Statements render_operation(const ReplaceView& op) {
  return {"CREATE OR REPLACE VIEW " + quote_qualified(op.to.name) + view_body(op.to)};
}

// WITH DATA: the view is usable at once, as it was where the model came from; its
// indexes can be built either way, but queries on an unpopulated one fail until REFRESH.
template <>
Statements render_operation(const CreateMaterializedView& op) {
  return {"CREATE MATERIALIZED VIEW " + quote_qualified(op.view.name) + view_body(op.view) +
          "\nWITH DATA"};
}

template <>
Statements render_operation(const DropMaterializedView& op) {
  return {"DROP MATERIALIZED VIEW " + quote_qualified(op.view.name)};
}

}  // namespace schemadiff::render_detail
