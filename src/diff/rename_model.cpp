// SPDX-License-Identifier: MIT
// What ALTER ... RENAME does to a schema, done to a model: the object gets its new name,
// and every other object that refers to it is changed the way PostgreSQL's catalogs and
// deparser would show it afterwards. The differ then compares this model with the wanted
// one, so a rename is not also seen as a drop and a create, nor as changes to the objects
// that refer to the renamed one. What this misses shows up as an ordinary (correct, if
// larger) change of the object concerned, never as lost data.
#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <variant>

#include "diff/rename_model.hpp"
#include "diff/sql_rewrite.hpp"

namespace schemadiff::diff_detail {
namespace {

using Rewrite = std::function<std::string(std::string_view)>;

template <typename Map, typename Key>
void rekey(Map& map, const Key& old_key, const Key& new_key) {
  auto node = map.extract(old_key);
  if (node.empty()) {
    return;
  }
  node.key() = new_key;
  map.insert(std::move(node));
}

// pg_get_functiondef's header (name, arguments, RETURNS, attributes) before the body: the
// server rewrites the header after a rename but never the body, which is a string.
std::pair<std::size_t, std::size_t> routine_header(const std::string& definition) {
  std::size_t end = definition.size();
  for (const char* body_start : {"\nAS ", "\nBEGIN ATOMIC", "\nRETURN "}) {
    end = std::min(end, definition.find(body_start));
  }
  return {0, end};
}

void rewrite_routine_header(Routine& routine, const Rewrite& rewrite) {
  const auto [start, end] = routine_header(routine.definition);
  routine.definition = rewrite(std::string_view(routine.definition).substr(start, end)) + routine.definition.substr(end);
  routine.result = rewrite(routine.result);
  routine.name.arguments = rewrite(routine.name.arguments);
}

void rewrite_optional(std::optional<std::string>& text, const Rewrite& rewrite) {
  if (text) {
    text = rewrite(*text);
  }
}

void rewrite_constraint(Constraint& constraint, const Rewrite& rewrite) {
  constraint.definition = rewrite(constraint.definition);
  if (auto* check = std::get_if<Check>(&constraint.kind)) {
    check->expression = rewrite(check->expression);
  }
}

void rewrite_index(Index& index, const Rewrite& rewrite) {
  index.definition = rewrite(index.definition);
  rewrite_optional(index.predicate, rewrite);
  for (IndexKey& key : index.keys) {
    if (key.is_expression) {
      key.expression = rewrite(key.expression);
    }
  }
}

void rewrite_view(View& view, const Rewrite& definition_rewrite, const Rewrite& type_rewrite) {
  view.definition = definition_rewrite(view.definition);
  for (ViewColumn& column : view.columns) {
    column.type = type_rewrite(column.type);
  }
}

ObjectRef rewrite_routine_ref(ObjectRef ref, const Rewrite& rewrite) {
  if (ref.kind == ObjectKind::routine) {
    ref.member = rewrite(ref.member);
  }
  return ref;
}

void normalize_dependencies(std::vector<Dependency>& dependencies) {
  std::sort(dependencies.begin(), dependencies.end());
  dependencies.erase(std::unique(dependencies.begin(), dependencies.end()), dependencies.end());
}

// Every SQL text of the model that may name another object: column types, defaults and
// generation expressions, constraints, indexes, views, trigger definitions and the
// headers of routines (whose identity follows their argument types).
void rewrite_texts(SchemaModel& model, const Rewrite& rewrite, const Rewrite& view_rewrite) {
  for (auto& [name, table] : model.tables) {
    for (Column& column : table.columns) {
      column.type = rewrite(column.type);
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
      rewrite_view(view, view_rewrite, rewrite);
    }
  }
  for (auto& [name, trigger] : model.triggers) {
    trigger.definition = rewrite(trigger.definition);
    rewrite_optional(trigger.when, rewrite);
    trigger.function.arguments = rewrite(trigger.function.arguments);
  }
  std::map<RoutineName, Routine> routines;
  for (auto& [name, routine] : model.routines) {
    rewrite_routine_header(routine, rewrite);
    routines.emplace(routine.name, std::move(routine));
  }
  model.routines = std::move(routines);
  for (Dependency& dependency : model.dependencies) {
    dependency.dependent = rewrite_routine_ref(dependency.dependent, rewrite);
    dependency.referenced = rewrite_routine_ref(dependency.referenced, rewrite);
  }
  normalize_dependencies(model.dependencies);
}

bool is_relation_member_kind(ObjectKind kind) {
  return kind == ObjectKind::table || kind == ObjectKind::view || kind == ObjectKind::materialized_view ||
         kind == ObjectKind::column || kind == ObjectKind::constraint || kind == ObjectKind::trigger;
}

void rename_refs(SchemaModel& model, const std::function<void(ObjectRef&)>& change) {
  for (Dependency& dependency : model.dependencies) {
    change(dependency.dependent);
    change(dependency.referenced);
  }
  normalize_dependencies(model.dependencies);
}

// A table, view or materialized view: its members' identities, the indexes and triggers
// on it, and every text naming it (a view's query also names it as a column qualifier
// when it gave no alias).
void rename_relation(SchemaModel& model, const QualifiedName& old_name, const QualifiedName& new_name) {
  for (auto& [name, table] : model.tables) {
    if (table.partition_of && table.partition_of->parent == old_name) {
      table.partition_of->parent = new_name;
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      if (auto* fk = std::get_if<ForeignKey>(&constraint.kind); fk != nullptr && fk->referenced_table == old_name) {
        fk->referenced_table = new_name;
      }
    }
  }
  for (auto& [name, index] : model.indexes) {
    if (index.table == old_name) {
      index.table = new_name;
    }
  }
  std::map<MemberName, Trigger> triggers;
  for (auto& [name, trigger] : model.triggers) {
    if (trigger.name.owner == old_name) {
      trigger.name.owner = new_name;
    }
    triggers.emplace(trigger.name, std::move(trigger));
  }
  model.triggers = std::move(triggers);
  for (auto& [name, sequence] : model.sequences) {
    if (sequence.owned_by && sequence.owned_by->table == old_name) {
      sequence.owned_by->table = new_name;
    }
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (is_relation_member_kind(ref.kind) && ref.name == old_name) {
      ref.name = new_name;
    }
  });
  const Rewrite rewrite = [&](std::string_view text) { return rewrite_qualified_name(text, old_name, new_name.name); };
  const Rewrite view_rewrite = [&](std::string_view text) {
    std::string renamed = rewrite_qualified_name(text, old_name, new_name.name);
    if (renamed == text) {
      return renamed;
    }
    return rewrite_qualifier(renamed, old_name.name, new_name.name);
  };
  rewrite_texts(model, rewrite, view_rewrite);
}

// The tables whose column `column` is the one of `table`: the table and its partitions,
// to which PostgreSQL passes a column rename on.
std::vector<Table*> partition_tree(SchemaModel& model, const QualifiedName& table) {
  std::vector<Table*> tree;
  std::vector<QualifiedName> pending{table};
  while (!pending.empty()) {
    const QualifiedName current = pending.back();
    pending.pop_back();
    if (const auto found = model.tables.find(current); found != model.tables.end()) {
      tree.push_back(&found->second);
    }
    for (auto& [name, candidate] : model.tables) {
      if (candidate.partition_of && candidate.partition_of->parent == current) {
        pending.push_back(name);
      }
    }
  }
  return tree;
}

void rename_in_list(std::vector<std::string>& names, const std::string& from, const std::string& to) {
  std::replace(names.begin(), names.end(), from, to);
}

// The part of a definition after `marker`, rewritten; the part before kept.
std::string rewrite_after(const std::string& text, std::string_view marker, const Rewrite& rewrite) {
  const std::size_t at = text.find(marker);
  if (at == std::string::npos) {
    return text;
  }
  return text.substr(0, at) + rewrite(std::string_view(text).substr(at));
}

std::string rewrite_before(const std::string& text, std::string_view marker, const Rewrite& rewrite) {
  const std::size_t at = text.find(marker);
  if (at == std::string::npos) {
    return rewrite(text);
  }
  return rewrite(std::string_view(text).substr(0, at)) + text.substr(at);
}

void rename_column_in_table(Table& table, const std::string& from, const std::string& to) {
  const Rewrite identifier = [&](std::string_view text) { return rewrite_identifier(text, from, to); };
  for (Column& column : table.columns) {
    if (column.name == from) {
      column.name = to;
    }
    rewrite_optional(column.generated, identifier);
  }
  for (auto& [name, constraint] : table.constraints) {
    std::visit(
        [&](auto& kind) {
          using Kind = std::decay_t<decltype(kind)>;
          if constexpr (std::is_same_v<Kind, PrimaryKey> || std::is_same_v<Kind, Unique>) {
            rename_in_list(kind.columns, from, to);
            rename_in_list(kind.include, from, to);
            constraint.definition = identifier(constraint.definition);
          } else if constexpr (std::is_same_v<Kind, Check>) {
            kind.expression = identifier(kind.expression);
            constraint.definition = identifier(constraint.definition);
          } else if constexpr (std::is_same_v<Kind, ForeignKey>) {
            rename_in_list(kind.columns, from, to);
            constraint.definition = rewrite_before(constraint.definition, " REFERENCES ", identifier);
          } else if constexpr (std::is_same_v<Kind, Exclusion>) {
            constraint.definition = identifier(constraint.definition);
          }
        },
        constraint.kind);
  }
}

}  // namespace

void apply_rename(SchemaModel& model, const RenameTable& op) {
  const QualifiedName new_name{op.from.schema, op.to};
  auto node = model.tables.extract(op.from);
  if (node.empty()) {
    return;
  }
  node.key() = new_name;
  node.mapped().name = new_name;
  model.tables.insert(std::move(node));
  rename_relation(model, op.from, new_name);
}

void apply_rename(SchemaModel& model, const RenameView& op) {
  const QualifiedName new_name{op.from.schema, op.to};
  rekey(model.views, op.from, new_name);
  if (const auto found = model.views.find(new_name); found != model.views.end()) {
    found->second.name = new_name;
  }
  rename_relation(model, op.from, new_name);
}

void apply_rename(SchemaModel& model, const RenameMaterializedView& op) {
  const QualifiedName new_name{op.from.schema, op.to};
  rekey(model.materialized_views, op.from, new_name);
  if (const auto found = model.materialized_views.find(new_name); found != model.materialized_views.end()) {
    found->second.name = new_name;
  }
  rename_relation(model, op.from, new_name);
}

void apply_rename(SchemaModel& model, const RenameColumn& op) {
  const Rewrite identifier = [&](std::string_view text) { return rewrite_identifier(text, op.from, op.to); };
  const std::vector<Table*> tree = partition_tree(model, op.table);
  std::vector<QualifiedName> tree_names;
  for (Table* table : tree) {
    rename_column_in_table(*table, op.from, op.to);
    tree_names.push_back(table->name);
  }
  const auto in_tree = [&](const QualifiedName& name) {
    return std::find(tree_names.begin(), tree_names.end(), name) != tree_names.end();
  };
  for (auto& [name, table] : model.tables) {
    for (auto& [constraint_name, constraint] : table.constraints) {
      auto* fk = std::get_if<ForeignKey>(&constraint.kind);
      if (fk != nullptr && in_tree(fk->referenced_table)) {
        rename_in_list(fk->referenced_columns, op.from, op.to);
        constraint.definition = rewrite_after(constraint.definition, " REFERENCES ", identifier);
      }
    }
  }
  for (auto& [name, index] : model.indexes) {
    if (!in_tree(index.table)) {
      continue;
    }
    for (IndexKey& key : index.keys) {
      key.expression = key.is_expression ? identifier(key.expression) : (key.expression == op.from ? op.to : key.expression);
    }
    rename_in_list(index.include, op.from, op.to);
    rewrite_optional(index.predicate, identifier);
    index.definition = rewrite_after(index.definition, " USING ", identifier);
  }
  for (auto& [name, trigger] : model.triggers) {
    if (!in_tree(trigger.name.owner)) {
      continue;
    }
    for (TriggerEvent& event : trigger.events) {
      rename_in_list(event.columns, op.from, op.to);
    }
    // WHEN names the row as NEW.column / OLD.column.
    const Rewrite row_reference = [&](std::string_view text) {
      return rewrite_qualified_name(rewrite_qualified_name(text, {"new", op.from}, op.to), {"old", op.from}, op.to);
    };
    rewrite_optional(trigger.when, row_reference);
    trigger.definition = rewrite_after(row_reference(trigger.definition), " OF ", [&](std::string_view text) {
      return rewrite_before(std::string(text), " ON ", identifier);
    });
  }
  for (auto& [name, sequence] : model.sequences) {
    if (sequence.owned_by && in_tree(sequence.owned_by->table) && sequence.owned_by->column == op.from) {
      sequence.owned_by->column = op.to;
    }
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (ref.kind == ObjectKind::column && in_tree(ref.name) && ref.member == op.from) {
      ref.member = op.to;
    }
  });
}

void apply_rename(SchemaModel& model, const RenameIndex& op) {
  const QualifiedName new_name{op.from.schema, op.to};
  rekey(model.indexes, op.from, new_name);
  if (const auto found = model.indexes.find(new_name); found != model.indexes.end()) {
    found->second.name = new_name;
    found->second.definition = rewrite_before(found->second.definition, " ON ", [&](std::string_view text) {
      return rewrite_identifier(text, op.from.name, op.to);
    });
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (ref.kind == ObjectKind::index && ref.name == op.from) {
      ref.name = new_name;
    }
  });
}

void apply_rename(SchemaModel& model, const RenameConstraint& op) {
  const auto table = model.tables.find(op.table);
  if (table == model.tables.end()) {
    return;
  }
  rekey(table->second.constraints, op.from, op.to);
  if (const auto found = table->second.constraints.find(op.to); found != table->second.constraints.end()) {
    found->second.name = op.to;
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (ref.kind == ObjectKind::constraint && ref.name == op.table && ref.member == op.from) {
      ref.member = op.to;
    }
  });
}

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

void apply_rename(SchemaModel& model, const RenameSequence& op) {
  const QualifiedName new_name{op.from.schema, op.to};
  rekey(model.sequences, op.from, new_name);
  if (const auto found = model.sequences.find(new_name); found != model.sequences.end()) {
    found->second.name = new_name;
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (ref.kind == ObjectKind::sequence && ref.name == op.from) {
      ref.name = new_name;
    }
  });
  for (auto& [name, table] : model.tables) {
    for (Column& column : table.columns) {
      rewrite_optional(column.default_expr,
                       [&](std::string_view text) { return rewrite_regclass_literal(text, op.from, op.to); });
    }
  }
}

}  // namespace schemadiff::diff_detail
