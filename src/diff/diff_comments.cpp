// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {

void set_comment(Operations& ops, const ObjectRef& target, const Comment& from, const Comment& to) {
  if (from == to) {
    return;
  }
  ops.put(SetComment{target, from, to});
}

void comment_created(Operations& ops, const ObjectRef& target, const Comment& comment) {
  set_comment(ops, target, std::nullopt, comment);
}

void comment_created_table(Operations& ops, const Table& table) {
  comment_created(ops, table_ref(table.name), table.comment);
  for (const Column& column : table.columns) {
    comment_created(ops, column_ref(table.name, column.name), column.comment);
  }
  for (const auto& [name, constraint] : table.constraints) {
    comment_created(ops, constraint_ref(table.name, name), constraint.comment);
  }
}

}  // namespace schemadiff::diff_detail
