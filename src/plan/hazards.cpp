// SPDX-License-Identifier: MIT
#include "plan/hazards.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <variant>

#include "plan/type_change.hpp"

namespace schemadiff {

std::string to_string(Hazard hazard) {
  switch (hazard) {
    case Hazard::deletes_data: return "deletes_data";
    case Hazard::rewrites_table: return "rewrites_table";
    case Hazard::access_exclusive_lock: return "access_exclusive_lock";
    case Hazard::index_build: return "index_build";
  }
  return "unknown";
}

std::optional<Hazard> hazard_from_string(std::string_view word) {
  for (const Hazard hazard : {Hazard::deletes_data, Hazard::rewrites_table, Hazard::access_exclusive_lock,
                              Hazard::index_build}) {
    if (to_string(hazard) == word) {
      return hazard;
    }
  }
  return std::nullopt;
}

std::string to_string(LockLevel lock) {
  switch (lock) {
    case LockLevel::none: return "none";
    case LockLevel::access_share: return "access_share";
    case LockLevel::row_share: return "row_share";
    case LockLevel::row_exclusive: return "row_exclusive";
    case LockLevel::share_update_exclusive: return "share_update_exclusive";
    case LockLevel::share: return "share";
    case LockLevel::share_row_exclusive: return "share_row_exclusive";
    case LockLevel::exclusive: return "exclusive";
    case LockLevel::access_exclusive: return "access_exclusive";
  }
  return "unknown";
}

std::optional<LockLevel> lock_level_from_string(std::string_view word) {
  for (int level = static_cast<int>(LockLevel::none); level <= static_cast<int>(LockLevel::access_exclusive);
       ++level) {
    if (to_string(static_cast<LockLevel>(level)) == word) {
      return static_cast<LockLevel>(level);
    }
  }
  return std::nullopt;
}

namespace planning {
namespace {

using Hazards = std::vector<Hazard>;

constexpr Hazard k_deletes = Hazard::deletes_data;
constexpr Hazard k_rewrites = Hazard::rewrites_table;
constexpr Hazard k_locks = Hazard::access_exclusive_lock;
constexpr Hazard k_builds_index = Hazard::index_build;

// Functions whose call in a new column's default makes PostgreSQL fill every existing row
// (a non-volatile default is stored once in the catalog instead). User-defined volatile
// functions are not recognised.
constexpr std::array<std::string_view, 9> k_volatile_calls = {
    "nextval(",           "random(",          "clock_timestamp(", "gen_random_uuid(", "uuid_generate_v1",
    "uuid_generate_v4(",  "timeofday(",       "txid_current(",    "setseed(",
};

bool has_volatile_call(const std::string& expression) {
  return std::any_of(k_volatile_calls.begin(), k_volatile_calls.end(),
                     [&expression](std::string_view call) { return expression.find(call) != std::string::npos; });
}

// Storage parameters PostgreSQL changes under SHARE UPDATE EXCLUSIVE (reloptions.c);
// any other one takes ACCESS EXCLUSIVE.
bool is_light_storage_parameter(const std::string& setting) {
  const std::string key = setting.substr(0, setting.find('='));
  constexpr std::array<std::string_view, 7> k_light = {
      "fillfactor",      "parallel_workers", "toast_tuple_target", "vacuum_index_cleanup",
      "vacuum_truncate", "log_autovacuum_min_duration", "parallel_insert_enabled",
  };
  if (key.rfind("autovacuum_", 0) == 0 || key.rfind("toast.", 0) == 0) {
    return true;
  }
  return std::find(k_light.begin(), k_light.end(), key) != k_light.end();
}

struct HazardsOf {
  Hazards operator()(const CreateSchema&) const { return {}; }
  Hazards operator()(const DropSchema&) const { return {}; }
  Hazards operator()(const CreateExtension&) const { return {}; }
  Hazards operator()(const DropExtension&) const { return {}; }
  Hazards operator()(const AlterExtension&) const { return {}; }
  Hazards operator()(const CreateEnum&) const { return {}; }
  Hazards operator()(const DropEnum&) const { return {}; }
  Hazards operator()(const AddEnumValue&) const { return {}; }
  Hazards operator()(const ReplaceEnum& op) const {
    Hazards found;
    const bool removes_label = std::any_of(op.from.labels.begin(), op.from.labels.end(), [&op](const std::string& label) {
      return std::find(op.to.labels.begin(), op.to.labels.end(), label) == op.to.labels.end();
    });
    if (removes_label) {
      found.push_back(k_deletes);
    }
    // Every column is re-typed through text: a full rewrite of each table.
    if (!op.columns.empty()) {
      found.push_back(k_rewrites);
      found.push_back(k_locks);
    }
    return found;
  }
  Hazards operator()(const CreateSequence&) const { return {}; }
  Hazards operator()(const DropSequence&) const { return {}; }
  Hazards operator()(const AlterSequence&) const { return {}; }
  Hazards operator()(const CreateTable& op) const {
    // PARTITION OF takes ACCESS EXCLUSIVE on the parent (ATTACH would need less).
    if (op.table.partition_of) {
      return {k_locks};
    }
    return {};
  }
  Hazards operator()(const DropTable&) const { return {k_deletes, k_locks}; }
  Hazards operator()(const SetPersistence&) const { return {k_rewrites, k_locks}; }
  Hazards operator()(const SetStorageParameters& op) const {
    const auto light = [&op](const std::string& setting) {
      const bool in_from = std::find(op.from.begin(), op.from.end(), setting) != op.from.end();
      const bool in_to = std::find(op.to.begin(), op.to.end(), setting) != op.to.end();
      return (in_from && in_to) || is_light_storage_parameter(setting);
    };
    if (std::all_of(op.from.begin(), op.from.end(), light) && std::all_of(op.to.begin(), op.to.end(), light)) {
      return {};
    }
    return {k_locks};
  }
  Hazards operator()(const AttachPartition&) const { return {k_locks}; }
  Hazards operator()(const DetachPartition&) const { return {k_locks}; }
  Hazards operator()(const AddColumn& op) const {
    const Column& column = op.column;
    const bool fills_rows = column.generated || column.identity ||
                            (column.default_expr && has_volatile_call(*column.default_expr));
    if (fills_rows) {
      return {k_rewrites, k_locks};
    }
    return {k_locks};
  }
  Hazards operator()(const DropColumn&) const { return {k_deletes, k_locks}; }
  Hazards operator()(const AlterColumn& op) const {
    Hazards found{k_locks};
    if (!op.change.type) {
      return found;
    }
    if (!is_known_widening(op.from.type, op.to.type)) {
      found.push_back(k_deletes);
    }
    if (!is_rewrite_free(op.from.type, op.to.type)) {
      found.push_back(k_rewrites);
    }
    return found;
  }
  Hazards operator()(const AddConstraint& op) const { return std::visit(ConstraintHazards{}, op.constraint.kind); }
  Hazards operator()(const DropConstraint&) const { return {k_locks}; }
  Hazards operator()(const ValidateConstraint&) const { return {}; }
  Hazards operator()(const CreateIndex&) const { return {k_builds_index}; }
  Hazards operator()(const DropIndex&) const { return {k_locks}; }
  Hazards operator()(const CreateView&) const { return {}; }
  Hazards operator()(const DropView&) const { return {k_locks}; }
  Hazards operator()(const ReplaceView&) const { return {k_locks}; }
  Hazards operator()(const CreateMaterializedView&) const { return {}; }
  Hazards operator()(const DropMaterializedView&) const { return {k_locks}; }
  Hazards operator()(const CreateRoutine&) const { return {}; }
  Hazards operator()(const DropRoutine&) const { return {}; }
  Hazards operator()(const ReplaceRoutine&) const { return {}; }
  Hazards operator()(const CreateTrigger&) const { return {}; }
  Hazards operator()(const DropTrigger&) const { return {k_locks}; }
  Hazards operator()(const SetComment&) const { return {}; }
  // A rename is instant, but takes the relation's ACCESS EXCLUSIVE lock (a type's or a
  // routine's rename locks no table).
  Hazards operator()(const RenameTable&) const { return {k_locks}; }
  Hazards operator()(const RenameColumn&) const { return {k_locks}; }
  Hazards operator()(const RenameIndex&) const { return {k_locks}; }
  Hazards operator()(const RenameConstraint&) const { return {k_locks}; }
  Hazards operator()(const RenameEnum&) const { return {}; }
  Hazards operator()(const RenameEnumValue&) const { return {}; }
  Hazards operator()(const RenameView&) const { return {k_locks}; }
  Hazards operator()(const RenameMaterializedView&) const { return {k_locks}; }
  Hazards operator()(const RenameRoutine&) const { return {}; }
  Hazards operator()(const RenameSequence&) const { return {}; }
  Hazards operator()(const SetReplicaIdentity&) const { return {k_locks}; }
  Hazards operator()(const AddInherit&) const { return {k_locks}; }
  Hazards operator()(const DropInherit&) const { return {k_locks}; }
  // CREATE / ALTER / DROP POLICY and the row security switches lock the table like
  // other ALTER TABLE forms.
  Hazards operator()(const AlterRowSecurity&) const { return {k_locks}; }
  Hazards operator()(const CreatePolicy&) const { return {k_locks}; }
  Hazards operator()(const DropPolicy&) const { return {k_locks}; }
  Hazards operator()(const AlterPolicy&) const { return {k_locks}; }
  Hazards operator()(const GrantPrivileges&) const { return {}; }
  Hazards operator()(const RevokePrivileges&) const { return {}; }
  Hazards operator()(const SetOwner& op) const {
    switch (op.target.kind) {
      case ObjectKind::table:
      case ObjectKind::view:
      case ObjectKind::materialized_view:
      case ObjectKind::sequence:
        return {k_locks};
      case ObjectKind::schema:
      case ObjectKind::extension:
      case ObjectKind::type:
      case ObjectKind::column:
      case ObjectKind::constraint:
      case ObjectKind::index:
      case ObjectKind::routine:
      case ObjectKind::trigger:
      case ObjectKind::policy:
      case ObjectKind::domain:
      case ObjectKind::domain_constraint:
      case ObjectKind::composite_type:
      case ObjectKind::range_type:
      case ObjectKind::collation:
        return {};
    }
    return {};
  }
  Hazards operator()(const CreateCollation&) const { return {}; }
  Hazards operator()(const DropCollation&) const { return {}; }
  Hazards operator()(const CreateDomain&) const { return {}; }
  Hazards operator()(const DropDomain&) const { return {}; }
  Hazards operator()(const AlterDomain&) const { return {}; }
  Hazards operator()(const AddDomainConstraint&) const { return {}; }
  Hazards operator()(const DropDomainConstraint&) const { return {}; }
  Hazards operator()(const ValidateDomainConstraint&) const { return {}; }
  Hazards operator()(const ReplaceDomain& op) const {
    return type_replacement(op.columns, op.from.base_type, op.to.base_type);
  }
  Hazards operator()(const CreateCompositeType&) const { return {}; }
  Hazards operator()(const DropCompositeType&) const { return {}; }
  Hazards operator()(const AlterCompositeType& op) const {
    Hazards found;
    if (!op.columns.empty()) {
      found = {k_rewrites, k_locks};
    }
    // Values stored in columns of the type lose a dropped attribute, or a re-typed one's
    // value when the new type is not a widening.
    for (const CompositeAttribute& before : op.from.attributes) {
      const auto after = std::find_if(op.to.attributes.begin(), op.to.attributes.end(),
                                      [&before](const CompositeAttribute& a) { return a.name == before.name; });
      if (after == op.to.attributes.end() || !is_known_widening(before.type, after->type)) {
        found.push_back(k_deletes);
        break;
      }
    }
    return found;
  }
  Hazards operator()(const CreateRangeType&) const { return {}; }
  Hazards operator()(const DropRangeType&) const { return {}; }
  Hazards operator()(const ReplaceRangeType& op) const {
    return type_replacement(op.columns, op.from.subtype, op.to.subtype);
  }

  // Columns go to text and back: each table is rewritten twice under ACCESS EXCLUSIVE, and
  // values of a base type that is not widened may not survive.
  static Hazards type_replacement(const std::vector<TypeColumnUse>& columns, const std::string& from,
                                  const std::string& to) {
    if (columns.empty()) {
      return {};
    }
    Hazards found{k_rewrites, k_locks};
    if (!is_known_widening(from, to)) {
      found.push_back(k_deletes);
    }
    return found;
  }

  // ADD CONSTRAINT takes ACCESS EXCLUSIVE except for a foreign key (SHARE ROW EXCLUSIVE);
  // the key-like kinds also build their index.
  struct ConstraintHazards {
    Hazards operator()(const PrimaryKey&) const { return {k_locks, k_builds_index}; }
    Hazards operator()(const Unique&) const { return {k_locks, k_builds_index}; }
    Hazards operator()(const Check&) const { return {k_locks}; }
    Hazards operator()(const ForeignKey&) const { return {}; }
    Hazards operator()(const Exclusion&) const { return {k_locks, k_builds_index}; }
  };
};

}  // namespace

std::vector<Hazard> hazards(const Operation& operation) {
  Hazards found = std::visit(HazardsOf{}, operation);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

LockLevel lock_level(const Operation& operation) {
  const Hazards found = hazards(operation);
  return std::find(found.begin(), found.end(), k_locks) != found.end() ? LockLevel::access_exclusive : LockLevel::none;
}

// A label added by ALTER TYPE ... ADD VALUE cannot be used until its transaction commits
// (SQLSTATE 55P04), and the plan may well use it next (a default, a CHECK): the step runs
// on its own, committed before what follows.
TxMode tx_mode(const Operation& operation) {
  return std::holds_alternative<AddEnumValue>(operation) ? TxMode::outside_transaction : TxMode::transactional;
}

}  // namespace planning
}  // namespace schemadiff
