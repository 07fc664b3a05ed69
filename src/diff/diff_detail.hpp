// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "schemadiff/diff/model_index.hpp"
#include "schemadiff/diff/operation.hpp"
#include "schemadiff/model/schema_model.hpp"

// Internals of the differ: the keyed operation collection, the generic list differ and
// the per-kind diff and create helpers shared by the natural diff and the dependents
// expansion.
namespace schemadiff::diff_detail {

// --- the operation collection ---

template <typename T, typename Variant>
struct VariantIndex;

template <typename T, typename... Ts>
struct VariantIndex<T, std::variant<Ts...>> {
  static constexpr std::size_t value = [] {
    std::size_t index = 0;
    static_cast<void>(((std::is_same_v<T, Ts> ? false : (++index, true)) && ...));
    return index;
  }();
};

template <typename T>
inline constexpr std::size_t k_verb = VariantIndex<T, Operation>::value;

/// What an operation is about, and what it does to it: at most one operation per key, so
/// an object reached both by the natural diff and by the dependents expansion gets each
/// operation once. Ordering by key is the differ's (kind, identity) output order.
struct OperationKey {
  ObjectRef subject;
  std::size_t verb = 0;  ///< index of the alternative in Operation
  std::string detail;    ///< the label of an AddEnumValue; empty otherwise

  auto operator<=>(const OperationKey&) const = default;
  bool operator==(const OperationKey&) const = default;
};

OperationKey operation_key(const Operation& operation);

class Operations {
 public:
  /// Adds `operation`, replacing one with the same key.
  void put(Operation operation);

  template <typename T>
  const T* find(const ObjectRef& subject) const {
    const auto found = m_operations.find(OperationKey{subject, k_verb<T>, {}});
    if (found == m_operations.end()) {
      return nullptr;
    }
    return &std::get<T>(found->second);
  }

  template <typename T>
  bool contains(const ObjectRef& subject) const {
    return find<T>(subject) != nullptr;
  }

  template <typename T>
  void erase(const ObjectRef& subject) {
    m_operations.erase(OperationKey{subject, k_verb<T>, {}});
  }

  const std::map<OperationKey, Operation>& entries() const { return m_operations; }
  /// A copy of the operations, for walking them while adding more.
  std::vector<Operation> snapshot() const;
  std::vector<Operation> release() &&;

 private:
  std::map<OperationKey, Operation> m_operations;
};

// --- the generic list differ ---

/// What the per-kind alter logic did with an object present on both sides.
enum class Alteration { in_place, recreate };

/// Keys only in `from` -> `on_drop(old)`, only in `to` -> `on_create(new)`, in both and
/// different -> `on_alter(old, new)`, which answers whether it altered in place or the
/// object must be dropped and created again.
template <typename Map, typename OnDrop, typename OnCreate, typename OnAlter>
void diff_maps(const Map& from, const Map& to, OnDrop on_drop, OnCreate on_create, OnAlter on_alter) {
  for (const auto& [key, before] : from) {
    const auto after = to.find(key);
    if (after == to.end()) {
      on_drop(before);
      continue;
    }
    if (before == after->second) {
      continue;
    }
    if (on_alter(before, after->second) == Alteration::recreate) {
      on_drop(before);
      on_create(after->second);
    }
  }
  for (const auto& [key, after] : to) {
    if (!from.contains(key)) {
      on_create(after);
    }
  }
}

/// Whether two objects differ only in their comment.
template <typename T>
bool equal_but_comment(const T& before, const T& after) {
  T adjusted = before;
  adjusted.comment = after.comment;
  return adjusted == after;
}

/// The column of `table` named `name`, or null.
const Column* find_column(const Table& table, const std::string& name);

/// Whether `model` has the object `ref` names.
bool exists_in(const SchemaModel& model, const ObjectRef& ref);
/// Whether some operation of `ops` creates `ref` (or creates it anew, like ReplaceEnum):
/// a new object has default privileges and the migrating role as owner.
bool is_created(const Operations& ops, const ObjectRef& ref);

// --- comments ---

/// SetComment when the comment changed.
void set_comment(Operations& ops, const ObjectRef& target, const Comment& from, const Comment& to);
/// SetComment for an object that is being created (it starts without a comment).
void comment_created(Operations& ops, const ObjectRef& target, const Comment& comment);
/// The comment ops of a table being created: the table, its columns, its constraints.
void comment_created_table(Operations& ops, const Table& table);

// --- creates shared by the natural diff and the expansion (each with its comments) ---

void create_sequence(Operations& ops, const Sequence& sequence);
void create_table(Operations& ops, const Table& table);
void add_constraint(Operations& ops, const QualifiedName& table, const Constraint& constraint);
void create_index(Operations& ops, const Index& index);
void create_view(Operations& ops, const View& view);
void create_materialized_view(Operations& ops, const View& view);
void create_routine(Operations& ops, const Routine& routine);
void create_trigger(Operations& ops, const Trigger& trigger);
void create_policy(Operations& ops, const Policy& policy);

/// Whether CreateTable may carry the constraint inline (rule 1 of the contract).
bool is_inline_constraint(const Table& table, const Constraint& constraint);

// --- per-kind natural diffs, run in this order by diff() ---

void diff_schemas(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_extensions(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_sequences(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_tables(const SchemaModel& from, const SchemaModel& to, Operations& ops);
/// Runs after diff_tables: a ReplaceEnum lists only the columns that survive the table diff.
void diff_enums(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_indexes(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_views(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_routines(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_triggers(const SchemaModel& from, const SchemaModel& to, Operations& ops);

/// INHERIT / NO INHERIT for a kept table whose parents changed, with what INHERIT needs
/// first (columns, NOT NULL, CHECKs). Returns `from` as the child will be once its parents
/// are those of `to`: columns and CHECKs left by NO INHERIT become its own, those
/// matched by INHERIT become inherited; the column and constraint diffs start from that.
Table diff_inherits(const SchemaModel& from_model, const SchemaModel& to_model, const Table& from, const Table& to,
                    Operations& ops);
/// Run after diff_tables, so a policy of a dropped table is settled by the expansion.
void diff_policies(const SchemaModel& from, const SchemaModel& to, Operations& ops);
/// Run last, with the options: they need to know what the other operations create.
void diff_privileges(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_owners(const SchemaModel& from, const SchemaModel& to, Operations& ops);

/// ENABLE / FORCE ROW LEVEL SECURITY of a table kept or created (from: the default).
void diff_row_security(const QualifiedName& table, const RowSecurity& from, const RowSecurity& to, Operations& ops);
/// Run after diff_tables, like diff_enums: a replaced type lists only the columns that
/// survive the table diff.
void diff_collations(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_domains(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_composite_types(const SchemaModel& from, const SchemaModel& to, Operations& ops);
void diff_range_types(const SchemaModel& from, const SchemaModel& to, Operations& ops);

/// The columns of `from` whose type is (an array of) `type` (by its spelling or by a
/// dependency) and that keep it: not dropped, not re-typed, not in a dropped table, not
/// a partition's column that follows its parent.
std::vector<TypeColumnUse> type_column_uses(const SchemaModel& from, const ObjectRef& type, const Operations& ops);

/// Column and constraint diffs of a table present on both sides and kept.
void diff_columns(const SchemaModel& from_model, const SchemaModel& to_model, const Table& from,
                  const Table& to, Operations& ops);
void diff_constraints(const Table& from, const Table& to, Operations& ops);

/// Rule 6: drops what depends on dropped or re-typed objects and creates it again from
/// `to`; also settles objects that vanish with their table (indexes, constraints,
/// triggers, owned sequences) so they get no drop of their own.
void expand_dependents(const SchemaModel& from, const SchemaModel& to, Operations& ops);

// --- passes over the whole operation set, run after the expansion ---

/// SetReplicaIdentity where the identity changed, the table is new with another than the
/// default, or the index a USING INDEX identity names is built again.
void diff_replica_identities(const SchemaModel& from, const SchemaModel& to, Operations& ops);
/// Drops no stand-alone partition index that PostgreSQL will attach to a parent index
/// this migration creates (or to one above a partition it attaches).
void settle_attached_indexes(const SchemaModel& from, const SchemaModel& to, Operations& ops);

}  // namespace schemadiff::diff_detail
