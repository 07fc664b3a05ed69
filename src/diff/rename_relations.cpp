// SPDX-License-Identifier: MIT
// What ALTER ... RENAME does to a schema, done to a model: the object gets its new name,
// and every other object that refers to it is changed the way PostgreSQL's catalogs and
// deparser would show it afterwards. The differ then compares this model with the wanted
// one, so a rename is not also seen as a drop and a create, nor as changes to the objects
// that refer to the renamed one. What this misses shows up as an ordinary (correct, if
// larger) change of the object concerned, never as lost data.
#include <algorithm>
#include <map>
#include <string>
#include <variant>

#include "diff/rename_model.hpp"
#include "diff/rename_model_detail.hpp"
#include "diff/sql_rewrite.hpp"

namespace schemadiff::diff_detail {
namespace {

bool is_relation_member_kind(ObjectKind kind) {
  return kind == ObjectKind::table || kind == ObjectKind::view || kind == ObjectKind::materialized_view ||
         kind == ObjectKind::column || kind == ObjectKind::constraint || kind == ObjectKind::trigger ||
         kind == ObjectKind::policy;
}

// A table, view or materialized view: its members' identities, the indexes and triggers
// on it, and every text naming it (a view's query also names it as a column qualifier
// when it gave no alias).
void rename_relation(SchemaModel& model, const QualifiedName& old_name, const QualifiedName& new_name) {
  for (auto& [name, table] : model.tables) {
    if (table.partition_of && table.partition_of->parent == old_name) {
      table.partition_of->parent = new_name;
    }
    std::replace(table.inherits.begin(), table.inherits.end(), old_name, new_name);
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
  std::map<MemberName, Policy> policies;
  for (auto& [name, policy] : model.policies) {
    if (policy.name.owner == old_name) {
      policy.name.owner = new_name;
    }
    policies.emplace(policy.name, std::move(policy));
  }
  model.policies = std::move(policies);
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
  for (auto& [name, policy] : model.policies) {
    if (in_tree(policy.name.owner)) {
      rewrite_optional(policy.using_expr, identifier);
      rewrite_optional(policy.check_expr, identifier);
    }
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
    if (const auto table = model.tables.find(found->second.table); table != model.tables.end()) {
      ReplicaIdentity& identity = table->second.replica_identity;
      if (identity.kind == ReplicaIdentityKind::index && identity.index == op.from.name) {
        identity.index = op.to;
      }
    }
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
  // A key constraint's index is renamed with it, and a replica identity names the index.
  ReplicaIdentity& identity = table->second.replica_identity;
  if (identity.kind == ReplicaIdentityKind::index && identity.index == op.from) {
    identity.index = op.to;
  }
  if (const auto found = table->second.constraints.find(op.to); found != table->second.constraints.end()) {
    found->second.name = op.to;
  }
  rename_refs(model, [&](ObjectRef& ref) {
    if (ref.kind == ObjectKind::constraint && ref.name == op.table && ref.member == op.from) {
      ref.member = op.to;
    }
  });
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
