// SPDX-License-Identifier: MIT
// Introspection of fixtures/introspect/kitchen_sink: INHERITS, replica identities, column
// storage and compression, and what partitions inherit from their parent's indexes.
#include <gtest/gtest.h>

#include "integration/introspect/kitchen_sink_fixture.hpp"

namespace schemadiff {
namespace {

using Names = std::vector<std::string>;

class IntrospectKitchenSinkTableDetails : public testing::KitchenSinkTest {
 protected:
  static Names column_names(const Table& owner) {
    Names names;
    for (const auto& c : owner.columns) {
      names.push_back(c.name);
    }
    return names;
  }
  static Names constraint_names(const Table& owner) {
    Names names;
    for (const auto& [name, c] : owner.constraints) {
      names.push_back(name);
    }
    return names;
  }
};

TEST_F(IntrospectKitchenSinkTableDetails, InheritanceChildListsOnlyItsOwnColumnsAndChecks) {
  const Table& parent = table("public", "audit_entries");
  EXPECT_TRUE(parent.inherits.empty());
  EXPECT_EQ(column_names(parent), (Names{"id", "logged_at"}));
  EXPECT_EQ(constraint_names(parent), (Names{"audit_entries_logged_at_check"}));

  const Table& child = table("public", "camera_audit_entries");
  EXPECT_EQ(child.inherits, (std::vector<QualifiedName>{{"public", "audit_entries"}}));
  EXPECT_EQ(column_names(child), (Names{"camera_id", "note"}));
  EXPECT_TRUE(child.constraints.empty());
  EXPECT_EQ(child.partition_of, std::nullopt);
}

TEST_F(IntrospectKitchenSinkTableDetails, PartitionsAreNotInheritanceChildren) {
  const Table& partition = table("public", "recordings_2026_01");
  EXPECT_TRUE(partition.inherits.empty());
  ASSERT_TRUE(partition.partition_of.has_value());
  EXPECT_EQ(column_names(partition), (Names{"id", "camera_id", "recorded_at", "size_bytes"}));
}

TEST_F(IntrospectKitchenSinkTableDetails, StorageAndCompression) {
  const Table& child = table("public", "camera_audit_entries");
  EXPECT_EQ(column(child, "note").storage, ColumnStorage::external);
  EXPECT_EQ(column(child, "note").compression, "lz4");
  EXPECT_EQ(column(child, "camera_id").storage, std::nullopt);
  EXPECT_EQ(column(child, "camera_id").compression, std::nullopt);
  // The type's own storage (EXTENDED for text) is not recorded.
  EXPECT_EQ(column(table("public", "cameras"), "name").storage, std::nullopt);
}

TEST_F(IntrospectKitchenSinkTableDetails, ReplicaIdentities) {
  EXPECT_EQ(table("public", "cameras").replica_identity,
            (ReplicaIdentity{.kind = ReplicaIdentityKind::index, .index = "cameras_name_idx"}));
  EXPECT_EQ(table("public", "detections").replica_identity,
            (ReplicaIdentity{.kind = ReplicaIdentityKind::full, .index = {}}));
  EXPECT_EQ(table("public", "camera_heartbeats").replica_identity,
            (ReplicaIdentity{.kind = ReplicaIdentityKind::nothing, .index = {}}));
  EXPECT_EQ(table("public", "zones").replica_identity, ReplicaIdentity{});
}

TEST_F(IntrospectKitchenSinkTableDetails, PartitionIndexesFollowTheParents) {
  Names on_recordings;
  for (const auto& [name, index] : model().indexes) {
    if (index.table.name.rfind("recordings", 0) == 0) {
      on_recordings.push_back(name.name);
    }
  }
  // The partitions' copies of recordings_camera_idx and of the primary key's index are
  // attached to the parent's and are not objects of their own.
  EXPECT_EQ(on_recordings, (Names{"recordings_camera_idx"}));
  for (const char* partition : {"recordings_2026_01", "recordings_2026_02", "recordings_default"}) {
    EXPECT_FALSE(table("public", partition).constraints.contains(std::string(partition) + "_pkey")) << partition;
  }
}

}  // namespace
}  // namespace schemadiff
