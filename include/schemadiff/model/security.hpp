// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

/// ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY (relrowsecurity, relforcerowsecurity).
struct RowSecurity {
  bool enabled = false;
  bool forced = false;  ///< applies the policies to the table's owner too

  bool operator==(const RowSecurity&) const = default;
};

enum class PolicyCommand { all, select, insert, update, delete_ };

/// A row-level security policy; a member of its table, like a trigger.
struct Policy {
  MemberName name;  ///< owner is the table
  PolicyCommand command = PolicyCommand::all;
  bool permissive = true;  ///< false: AS RESTRICTIVE
  /// Role names, sorted; `public` stands for PUBLIC (no role may be called that).
  std::vector<std::string> roles;
  std::optional<std::string> using_expr;  ///< pg_get_expr(polqual)
  std::optional<std::string> check_expr;  ///< pg_get_expr(polwithcheck)
  Comment comment;

  bool operator==(const Policy&) const = default;
};

/// The role name that stands for PUBLIC in grants and policy roles.
inline constexpr const char* k_public_grantee = "public";

/// One entry of an object's access control list. The grantor is not kept: what matters
/// is who may do what. Entries of the object's owner are left out (they follow the owner).
struct Grant {
  std::string grantee;    ///< role name, or k_public_grantee
  std::string privilege;  ///< as aclexplode spells it: SELECT, USAGE, EXECUTE, ...
  bool grantable = false;  ///< WITH GRANT OPTION

  auto operator<=>(const Grant&) const = default;
  bool operator==(const Grant&) const = default;
};

/// The kinds of object schemadiff reports but does not manage.
enum class UnmanagedKind {
  event_trigger,
  foreign_table,
  foreign_data_wrapper,
  foreign_server,
  publication,
  subscription,
  rule,
  aggregate,
  operator_,
  operator_class,
  operator_family,
  cast,
  text_search_configuration,
  text_search_dictionary,
  statistics,
  conversion,
  transform,
  access_method,
};

/// An object of a kind schemadiff does not manage, so that it is reported rather than
/// silently left out. Never produces an operation.
struct UnmanagedObject {
  UnmanagedKind kind = UnmanagedKind::event_trigger;
  std::string name;  ///< as the server prints it, qualified and quoted where needed

  auto operator<=>(const UnmanagedObject&) const = default;
  bool operator==(const UnmanagedObject&) const = default;
};

/// `event trigger`, `foreign table`, ...: the kind as messages spell it.
std::string describe(UnmanagedKind kind);

}  // namespace schemadiff
