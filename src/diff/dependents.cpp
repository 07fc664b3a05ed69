// SPDX-License-Identifier: MIT
#include <deque>
#include <set>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

/// The kinds the expansion drops and creates again; tables, columns, sequences and types
/// are changed by their own operations.
bool is_expandable(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::constraint:
    case ObjectKind::index:
    case ObjectKind::view:
    case ObjectKind::materialized_view:
    case ObjectKind::routine:
    case ObjectKind::trigger:
    case ObjectKind::policy:
      return true;
    case ObjectKind::schema:
    case ObjectKind::extension:
    case ObjectKind::type:
    case ObjectKind::sequence:
    case ObjectKind::table:
    case ObjectKind::column:
    case ObjectKind::domain:
    case ObjectKind::domain_constraint:
    case ObjectKind::composite_type:
    case ObjectKind::range_type:
    case ObjectKind::collation:
      return false;
  }
  return false;
}

template <typename Map, typename Key>
const typename Map::mapped_type* find_in(const Map& map, const Key& key) {
  const auto found = map.find(key);
  return found == map.end() ? nullptr : &found->second;
}

const Constraint* find_constraint(const SchemaModel& model, const ObjectRef& ref) {
  const Table* table = find_in(model.tables, ref.name);
  return table == nullptr ? nullptr : find_in(table->constraints, ref.member);
}

class Expander {
 public:
  Expander(const SchemaModel& from, const SchemaModel& to, Operations& ops)
      : m_from(from), m_to(to), m_ops(ops), m_index(from) {}

  void run() {
    note_created();
    settle_dropped_containers();
    seed();
    drain();
  }

 private:
  void note_created() {
    for (const auto& [key, operation] : m_ops.entries()) {
      if (const auto* create = std::get_if<CreateTable>(&operation)) {
        for (const Column& column : create->table.columns) {
          m_created.insert(column_ref(create->table.name, column.name));
        }
        for (const auto& [name, constraint] : create->table.constraints) {
          m_created.insert(constraint_ref(create->table.name, name));
        }
      }
      if (is_create(key.verb)) {
        m_created.insert(key.subject);
      }
    }
  }

  static bool is_create(std::size_t verb) {
    static const std::set<std::size_t> k_creates = {
        k_verb<CreateSchema>, k_verb<CreateExtension>, k_verb<CreateEnum>, k_verb<CreateSequence>,
        k_verb<CreateTable>, k_verb<AddColumn>, k_verb<AddConstraint>, k_verb<CreateIndex>,
        k_verb<CreateView>, k_verb<CreateMaterializedView>, k_verb<CreateRoutine>, k_verb<CreateTrigger>,
        k_verb<CreatePolicy>, k_verb<CreateCollation>, k_verb<CreateDomain>, k_verb<AddDomainConstraint>,
        k_verb<CreateCompositeType>, k_verb<CreateRangeType>};
    return k_creates.contains(verb);
  }

  static bool is_drop(std::size_t verb) {
    static const std::set<std::size_t> k_drops = {
        k_verb<DropSchema>, k_verb<DropExtension>, k_verb<DropEnum>, k_verb<DropSequence>,
        k_verb<DropTable>, k_verb<DropColumn>, k_verb<DropConstraint>, k_verb<DropIndex>,
        k_verb<DropView>, k_verb<DropMaterializedView>, k_verb<DropRoutine>, k_verb<DropTrigger>,
        k_verb<DropPolicy>, k_verb<DropCollation>, k_verb<DropDomain>, k_verb<DropDomainConstraint>,
        k_verb<DropCompositeType>, k_verb<DropRangeType>};
    return k_drops.contains(verb);
  }

  /// What goes with a dropped table, view or materialized view needs no drop of its own
  /// (after the container's drop it would fail), but is created again if `to` has it.
  void settle_dropped_containers() {
    for (const Operation& operation : m_ops.snapshot()) {
      if (const auto* drop = std::get_if<DropTable>(&operation)) {
        const Table& table = drop->table;
        // Partitions are dropped or detached by their own operations, so only the table's
        // own columns go.
        for (const Column& column : table.columns) {
          mark_gone(column_ref(table.name, column.name));
          for (const ObjectRef& sequence : m_index.sequences_owned_by(table.name, column.name)) {
            drop_implicitly(sequence);
          }
        }
        for (const auto& [name, constraint] : table.constraints) {
          drop_implicitly(constraint_ref(table.name, name));
        }
        drop_owned(table.name);
      } else if (const auto* drop_column = std::get_if<DropColumn>(&operation)) {
        for (const ObjectRef& sequence :
             m_index.sequences_owned_by(drop_column->table, drop_column->column.name)) {
          drop_implicitly(sequence);
        }
      } else if (const auto* drop_view = std::get_if<DropView>(&operation)) {
        drop_owned(drop_view->view.name);
      } else if (const auto* drop_matview = std::get_if<DropMaterializedView>(&operation)) {
        drop_owned(drop_matview->view.name);
      }
    }
  }

  void seed() {
    for (const Operation& operation : m_ops.snapshot()) {
      const OperationKey key = operation_key(operation);
      if (is_drop(key.verb)) {
        mark_gone(key.subject);
      }
      if (const auto* drop = std::get_if<DropColumn>(&operation)) {
        mark_column_gone(drop->table, drop->column.name);
      } else if (const auto* alter = std::get_if<AlterColumn>(&operation); alter != nullptr && alter->change.type) {
        mark_column_gone(alter->table, alter->to.name);
      } else if (const auto* replace = std::get_if<ReplaceEnum>(&operation)) {
        mark_gone(key.subject);
        for (const TypeColumnUse& use : replace->columns) {
          mark_column_gone(use.table, use.column.name);
        }
      } else if (const auto* uses = type_replacement_uses(operation)) {
        mark_gone(key.subject);
        for (const TypeColumnUse& use : *uses) {
          mark_column_gone(use.table, use.column.name);
        }
      }
    }
  }

  /// The columns a ReplaceDomain / ReplaceRangeType / AlterCompositeType re-types; null
  /// for other operations.
  static const std::vector<TypeColumnUse>* type_replacement_uses(const Operation& operation) {
    if (const auto* domain = std::get_if<ReplaceDomain>(&operation)) {
      return &domain->columns;
    }
    if (const auto* range = std::get_if<ReplaceRangeType>(&operation)) {
      return &range->columns;
    }
    if (const auto* composite = std::get_if<AlterCompositeType>(&operation); composite && !composite->columns.empty()) {
      return &composite->columns;
    }
    return nullptr;
  }

  void drain() {
    while (!m_pending.empty()) {
      const ObjectRef referenced = m_pending.front();
      m_pending.pop_front();
      for (const ObjectRef& dependent : m_index.dependents_of(referenced)) {
        if (m_gone.contains(dependent)) {
          continue;
        }
        if (is_expandable(dependent.kind)) {
          drop_explicitly(dependent);
        } else if (dependent.kind == ObjectKind::column) {
          add_generated_again(dependent);
        }
      }
    }
  }

  void mark_gone(const ObjectRef& ref) {
    if (m_gone.insert(ref).second) {
      m_pending.push_back(ref);
    }
  }

  /// A partitioned table's columns are its partitions' columns: PostgreSQL drops and
  /// re-types them together.
  void mark_column_gone(const QualifiedName& table, const std::string& column) {
    mark_gone(column_ref(table, column));
    for (const QualifiedName& partition : m_index.partitions_of(table)) {
      mark_column_gone(partition, column);
    }
  }

  /// PostgreSQL will not re-type or drop a column a generated column reads; the generated
  /// column is dropped and added again, which recomputes it without losing anything.
  void add_generated_again(const ObjectRef& ref) {
    const Table* table = find_in(m_from.tables, ref.name);
    const Column* column = table == nullptr ? nullptr : find_column(*table, ref.member);
    if (column == nullptr || !column->generated) {
      return;
    }
    m_gone.insert(ref);
    m_pending.push_back(ref);
    // A partition's column goes and comes back with its parent's.
    if (table->partition_of) {
      const Table* parent = find_in(m_from.tables, table->partition_of->parent);
      if (parent != nullptr && find_column(*parent, ref.member) != nullptr) {
        return;
      }
    }
    m_ops.erase<AlterColumn>(ref);
    m_ops.erase<SetComment>(ref);
    m_ops.put(DropColumn{ref.name, *column});
    const Table* target = find_in(m_to.tables, ref.name);
    const Column* wanted = target == nullptr ? nullptr : find_column(*target, ref.member);
    if (wanted != nullptr && !m_created.contains(ref)) {
      m_ops.put(AddColumn{ref.name, *wanted});
      comment_created(m_ops, ref, wanted->comment);
      m_created.insert(ref);
    }
  }

  void drop_owned(const QualifiedName& relation) {
    for (const ObjectRef& owned : m_index.owned_by_relation(relation)) {
      drop_implicitly(owned);
    }
  }

  void drop_implicitly(const ObjectRef& ref) {
    erase_drops(ref);
    if (!m_gone.insert(ref).second) {
      return;
    }
    erase_in_place_changes(ref);
    create_again(ref);
    m_pending.push_back(ref);
  }

  void drop_explicitly(const ObjectRef& ref) {
    if (!put_drop(ref)) {
      return;
    }
    m_gone.insert(ref);
    erase_in_place_changes(ref);
    create_again(ref);
    if (ref.kind == ObjectKind::view || ref.kind == ObjectKind::materialized_view) {
      drop_owned(ref.name);
    }
    m_pending.push_back(ref);
  }

  void erase_drops(const ObjectRef& ref) {
    m_ops.erase<DropIndex>(ref);
    m_ops.erase<DropConstraint>(ref);
    m_ops.erase<DropTrigger>(ref);
    m_ops.erase<DropSequence>(ref);
    m_ops.erase<DropPolicy>(ref);
  }

  void erase_in_place_changes(const ObjectRef& ref) {
    m_ops.erase<ReplaceView>(ref);
    m_ops.erase<ReplaceRoutine>(ref);
    m_ops.erase<ValidateConstraint>(ref);
    m_ops.erase<AlterSequence>(ref);
    m_ops.erase<AlterPolicy>(ref);
  }

  /// The drop of `ref` as `from` has it; false when `from` does not have it.
  bool put_drop(const ObjectRef& ref) {
    switch (ref.kind) {
      case ObjectKind::view:
        return put_if<DropView>(find_in(m_from.views, ref.name));
      case ObjectKind::materialized_view:
        return put_if<DropMaterializedView>(find_in(m_from.materialized_views, ref.name));
      case ObjectKind::index:
        return put_if<DropIndex>(find_in(m_from.indexes, ref.name));
      case ObjectKind::routine:
        return put_if<DropRoutine>(find_in(m_from.routines, RoutineName{ref.name, ref.member}));
      case ObjectKind::trigger:
        return put_if<DropTrigger>(find_in(m_from.triggers, MemberName{ref.name, ref.member}));
      case ObjectKind::policy:
        return put_if<DropPolicy>(find_in(m_from.policies, MemberName{ref.name, ref.member}));
      case ObjectKind::constraint:
        if (const Constraint* constraint = find_constraint(m_from, ref)) {
          m_ops.put(DropConstraint{ref.name, *constraint});
          return true;
        }
        return false;
      case ObjectKind::schema:
      case ObjectKind::extension:
      case ObjectKind::type:
      case ObjectKind::sequence:
      case ObjectKind::table:
      case ObjectKind::column:
      case ObjectKind::domain:
      case ObjectKind::domain_constraint:
      case ObjectKind::composite_type:
      case ObjectKind::range_type:
      case ObjectKind::collation:
        return false;
    }
    return false;
  }

  template <typename Drop, typename Object>
  bool put_if(const Object* object) {
    if (object == nullptr) {
      return false;
    }
    m_ops.put(Drop{*object});
    return true;
  }

  /// Creates `ref` from `to`, unless `to` lacks it or something already creates it; the
  /// new object starts without a comment, so any comment op becomes a fresh one.
  void create_again(const ObjectRef& ref) {
    if (m_created.contains(ref)) {
      return;
    }
    m_ops.erase<SetComment>(ref);
    if (put_create(ref)) {
      m_created.insert(ref);
    }
  }

  bool put_create(const ObjectRef& ref) {
    switch (ref.kind) {
      case ObjectKind::view:
        return create_if(find_in(m_to.views, ref.name), create_view);
      case ObjectKind::materialized_view:
        return create_if(find_in(m_to.materialized_views, ref.name), create_materialized_view);
      case ObjectKind::index:
        return create_if(find_in(m_to.indexes, ref.name), create_index);
      case ObjectKind::routine:
        return create_if(find_in(m_to.routines, RoutineName{ref.name, ref.member}), create_routine);
      case ObjectKind::trigger:
        return create_if(find_in(m_to.triggers, MemberName{ref.name, ref.member}), create_trigger);
      case ObjectKind::policy:
        return create_if(find_in(m_to.policies, MemberName{ref.name, ref.member}), create_policy);
      case ObjectKind::sequence:
        return create_if(find_in(m_to.sequences, ref.name), create_sequence);
      case ObjectKind::constraint:
        if (const Constraint* constraint = find_constraint(m_to, ref)) {
          add_constraint(m_ops, ref.name, *constraint);
          return true;
        }
        return false;
      case ObjectKind::schema:
      case ObjectKind::extension:
      case ObjectKind::type:
      case ObjectKind::table:
      case ObjectKind::column:
      case ObjectKind::domain:
      case ObjectKind::domain_constraint:
      case ObjectKind::composite_type:
      case ObjectKind::range_type:
      case ObjectKind::collation:
        return false;
    }
    return false;
  }

  template <typename Object, typename Create>
  bool create_if(const Object* object, Create create) {
    if (object == nullptr) {
      return false;
    }
    create(m_ops, *object);
    return true;
  }

  const SchemaModel& m_from;
  const SchemaModel& m_to;
  Operations& m_ops;
  ModelIndex m_index;
  std::set<ObjectRef> m_gone;     ///< dropped, or re-typed in place (columns, types)
  std::set<ObjectRef> m_created;  ///< created by some operation already
  std::deque<ObjectRef> m_pending;
};

}  // namespace

void expand_dependents(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  Expander(from, to, ops).run();
}

}  // namespace schemadiff::diff_detail
