// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "schemadiff/model/collation.hpp"
#include "schemadiff/model/composite_type.hpp"
#include "schemadiff/model/dependency.hpp"
#include "schemadiff/model/domain.hpp"
#include "schemadiff/model/index.hpp"
#include "schemadiff/model/qualified_name.hpp"
#include "schemadiff/model/range_type.hpp"
#include "schemadiff/model/routine.hpp"
#include "schemadiff/model/security.hpp"
#include "schemadiff/model/table.hpp"
#include "schemadiff/model/types.hpp"
#include "schemadiff/model/view.hpp"

namespace schemadiff {

/// Everything schemadiff knows about one database's schema, as plain values.
/// Every map is keyed by the object's identity, so iteration order is deterministic
/// and two models of equal schemas compare equal with ==.
struct SchemaModel {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, EnumType> enums;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, Index> indexes;
  std::map<QualifiedName, View> views;
  std::map<QualifiedName, View> materialized_views;
  std::map<RoutineName, Routine> routines;
  std::map<MemberName, Trigger> triggers;
  std::vector<Dependency> dependencies;  ///< sorted and free of duplicates
  std::map<MemberName, Policy> policies;
  /// Access control lists by object (schema, table, column, view, materialized view,
  /// sequence, routine, type), each sorted by grantee then privilege; only non-empty ones.
  /// Read always, compared only with DiffOptions::with_privileges.
  std::map<ObjectRef, std::vector<Grant>> privileges;
  /// Owner role by object (the kinds of `privileges` but columns). Read always, compared
  /// only with DiffOptions::with_owners.
  std::map<ObjectRef, std::string> owners;
  /// Objects of kinds schemadiff does not manage: reported, never diffed.
  std::set<UnmanagedObject> unmanaged;
  std::map<QualifiedName, Collation> collations;
  std::map<QualifiedName, Domain> domains;
  std::map<QualifiedName, CompositeType> composite_types;
  std::map<QualifiedName, RangeType> range_types;

  bool operator==(const SchemaModel&) const = default;
};

}  // namespace schemadiff
