// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

/// ALTER POLICY can change roles, USING and WITH CHECK, but cannot remove an expression
/// nor change the command or AS PERMISSIVE / RESTRICTIVE.
bool alterable(const Policy& before, const Policy& after) {
  if (before.command != after.command || before.permissive != after.permissive) {
    return false;
  }
  if (before.using_expr && !after.using_expr) {
    return false;
  }
  return !(before.check_expr && !after.check_expr);
}

}  // namespace

void create_policy(Operations& ops, const Policy& policy) {
  ops.put(CreatePolicy{policy});
  comment_created(ops, policy_ref(policy.name), policy.comment);
}

void diff_policies(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  // Policies of dropped tables vanish with them; the dependents expansion removes their
  // drops.
  diff_maps(
      from.policies, to.policies, [&](const Policy& policy) { ops.put(DropPolicy{policy}); },
      [&](const Policy& policy) { create_policy(ops, policy); },
      [&](const Policy& before, const Policy& after) {
        if (!alterable(before, after)) {
          return Alteration::recreate;
        }
        if (!equal_but_comment(before, after)) {
          ops.put(AlterPolicy{before, after});
        }
        set_comment(ops, policy_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

void diff_row_security(const QualifiedName& table, const RowSecurity& from, const RowSecurity& to, Operations& ops) {
  if (from != to) {
    ops.put(AlterRowSecurity{table, from, to});
  }
}

}  // namespace schemadiff::diff_detail
