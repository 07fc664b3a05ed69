// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

/// Whether the index a USING INDEX identity names is built anew by `ops` (as a stand-alone
/// index or as a constraint's): PostgreSQL forgets the identity with the old index.
bool identity_index_rebuilt(const Table& table, const Operations& ops) {
  if (table.replica_identity.kind != ReplicaIdentityKind::index) {
    return false;
  }
  const std::string& index = table.replica_identity.index;
  return ops.contains<CreateIndex>(index_ref({table.name.schema, index})) ||
         ops.contains<AddConstraint>(constraint_ref(table.name, index));
}

}  // namespace

void diff_replica_identities(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  for (const auto& [name, table] : to.tables) {
    const auto before = from.tables.find(name);
    // A table created by this migration starts with the default identity.
    const bool created = before == from.tables.end() || ops.contains<CreateTable>(table_ref(name));
    const ReplicaIdentity old_identity = created ? ReplicaIdentity{} : before->second.replica_identity;
    if (old_identity != table.replica_identity || (!created && identity_index_rebuilt(table, ops))) {
      ops.put(SetReplicaIdentity{name, old_identity, table.replica_identity});
    }
  }
}

}  // namespace schemadiff::diff_detail
