// SPDX-License-Identifier: MIT
// Renames of enum types, enum labels and routines in a model (see rename_relations.cpp).
#include <string>

#include "diff/rename_model.hpp"
#include "diff/rename_model_detail.hpp"
#include "diff/sql_rewrite.hpp"

namespace schemadiff::diff_detail {

void apply_rename(SchemaModel& model, const RenameEnum& op) {
  const QualifiedName new_name{op.from.schema, op.to};
  rekey(model.enums, op.from, new_name);
  if (const auto found = model.enums.find(new_name); found != model.enums.end()) {
    found->second.name = new_name;
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (ref.kind == ObjectKind::type && ref.name == op.from) {
      ref.name = new_name;
    }
  });
  const Rewrite rewrite = [&](std::string_view text) { return rewrite_qualified_name(text, op.from, op.to); };
  rewrite_texts(model, rewrite, rewrite);
}

void apply_rename(SchemaModel& model, const RenameEnumValue& op) {
  if (const auto found = model.enums.find(op.type); found != model.enums.end()) {
    rename_in_list(found->second.labels, op.from, op.to);
  }
  const Rewrite rewrite = [&](std::string_view text) { return rewrite_enum_literal(text, op.type, op.from, op.to); };
  rewrite_texts(model, rewrite, rewrite);
}

void apply_rename(SchemaModel& model, const RenameRoutine& op) {
  const RoutineName new_name{{op.from.name.schema, op.to}, op.from.arguments};
  auto node = model.routines.extract(op.from);
  if (node.empty()) {
    return;
  }
  node.key() = new_name;
  node.mapped().name = new_name;
  Routine& routine = node.mapped();
  const auto [start, end] = routine_header(routine.definition);
  routine.definition =
      rewrite_qualified_name(std::string_view(routine.definition).substr(start, end), op.from.name, op.to) +
      routine.definition.substr(end);
  model.routines.insert(std::move(node));
  for (auto& [name, trigger] : model.triggers) {
    if (trigger.function == op.from) {
      trigger.function = new_name;
    }
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (ref.kind == ObjectKind::routine && ref.name == op.from.name && ref.member == op.from.arguments) {
      ref.name = new_name.name;
    }
  });
  // Calls in defaults, CHECKs, views and trigger definitions (not in other routines'
  // bodies, which the server keeps as written).
  const Rewrite rewrite = [&](std::string_view text) { return rewrite_qualified_name(text, op.from.name, op.to); };
  for (auto& [name, table] : model.tables) {
    for (Column& column : table.columns) {
      rewrite_optional(column.default_expr, rewrite);
      rewrite_optional(column.generated, rewrite);
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      rewrite_constraint(constraint, rewrite);
    }
  }
  for (auto& [name, index] : model.indexes) {
    rewrite_index(index, rewrite);
  }
  for (auto* views : {&model.views, &model.materialized_views}) {
    for (auto& [name, view] : *views) {
      view.definition = rewrite(view.definition);
    }
  }
  for (auto& [name, trigger] : model.triggers) {
    trigger.definition = rewrite(trigger.definition);
  }
}

}  // namespace schemadiff::diff_detail
