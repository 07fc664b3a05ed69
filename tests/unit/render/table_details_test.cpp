// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

Column column(std::string name, std::string type) {
  Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  return c;
}

const QualifiedName k_table{"public", "Snap shots"};

TEST(RenderReplicaIdentity, EveryKind) {
  EXPECT_EQ(render(SetReplicaIdentity{k_table, {}, {ReplicaIdentityKind::full, {}}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" REPLICA IDENTITY FULL"});
  EXPECT_EQ(render(SetReplicaIdentity{k_table, {ReplicaIdentityKind::full, {}}, {}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" REPLICA IDENTITY DEFAULT"});
  EXPECT_EQ(render(SetReplicaIdentity{k_table, {}, {ReplicaIdentityKind::nothing, {}}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" REPLICA IDENTITY NOTHING"});
  EXPECT_EQ(render(SetReplicaIdentity{k_table, {}, {ReplicaIdentityKind::index, "Serial idx"}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" REPLICA IDENTITY USING INDEX \"Serial idx\""});
}

TEST(RenderInheritance, InheritAndNoInherit) {
  EXPECT_EQ(render(AddInherit{k_table, {"app", "events"}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" INHERIT \"app\".\"events\""});
  EXPECT_EQ(render(DropInherit{k_table, {"app", "events"}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" NO INHERIT \"app\".\"events\""});
}

TEST(RenderInheritance, CreateChildListsOwnColumnsAndParents) {
  Table child;
  child.name = {"public", "motion_events"};
  child.columns = {column("score", "real")};
  child.inherits = {{"public", "events"}, {"audit", "audited"}};
  EXPECT_EQ(render(CreateTable{child}),
            Statements{"CREATE TABLE \"public\".\"motion_events\" (\n"
                       "    \"score\" real\n"
                       ") INHERITS (\"public\".\"events\", \"audit\".\"audited\")"});
  child.columns.clear();
  EXPECT_EQ(render(CreateTable{child}),
            Statements{"CREATE TABLE \"public\".\"motion_events\" () INHERITS (\"public\".\"events\", "
                       "\"audit\".\"audited\")"});
}

TEST(RenderStorage, CreateTableSetsCompressionInlineAndStorageAfter) {
  Table table;
  table.name = k_table;
  Column image = column("image", "bytea");
  image.compression = "lz4";
  image.storage = ColumnStorage::external;
  image.not_null = true;
  Column caption = column("caption", "text");
  caption.collation = "pg_catalog.\"C\"";
  caption.storage = ColumnStorage::main;
  table.columns = {column("id", "integer"), image, caption};
  EXPECT_EQ(render(CreateTable{table}),
            (Statements{"CREATE TABLE \"public\".\"Snap shots\" (\n"
                        "    \"id\" integer,\n"
                        "    \"image\" bytea COMPRESSION \"lz4\" NOT NULL,\n"
                        "    \"caption\" text COLLATE pg_catalog.\"C\"\n"
                        ")",
                        "ALTER TABLE \"public\".\"Snap shots\" ALTER COLUMN \"image\" SET STORAGE EXTERNAL, "
                        "ALTER COLUMN \"caption\" SET STORAGE MAIN"}));
}

TEST(RenderStorage, AddColumnSetsStorageAfter) {
  Column notes = column("notes", "text");
  notes.compression = "pglz";
  notes.storage = ColumnStorage::external;
  EXPECT_EQ(render(AddColumn{k_table, notes}),
            (Statements{"ALTER TABLE \"public\".\"Snap shots\" ADD COLUMN \"notes\" text COMPRESSION \"pglz\"",
                        "ALTER TABLE \"public\".\"Snap shots\" ALTER COLUMN \"notes\" SET STORAGE EXTERNAL"}));
}

TEST(RenderStorage, AlterStorageAndCompression) {
  Column from = column("payload", "jsonb");
  from.storage = ColumnStorage::main;
  from.compression = "pglz";
  Column to = column("payload", "jsonb");
  to.compression = "lz4";
  // Back to the type's own storage (EXTENDED for jsonb) is spelt out.
  EXPECT_EQ(render(AlterColumn{k_table, from, to, ColumnChange{.storage = true, .compression = true}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" ALTER COLUMN \"payload\" SET STORAGE EXTENDED, "
                       "ALTER COLUMN \"payload\" SET COMPRESSION \"lz4\""});
  EXPECT_EQ(render(AlterColumn{k_table, to, from, ColumnChange{.storage = true, .compression = true}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" ALTER COLUMN \"payload\" SET STORAGE MAIN, "
                       "ALTER COLUMN \"payload\" SET COMPRESSION \"pglz\""});
  Column plain = column("payload", "jsonb");
  EXPECT_EQ(render(AlterColumn{k_table, to, plain, ColumnChange{.compression = true}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" ALTER COLUMN \"payload\" SET COMPRESSION default"});
}

TEST(RenderStorage, ResetToATypeStoredMain) {
  Column from = column("amount", "numeric(12,2)");
  from.storage = ColumnStorage::external;
  const Column to = column("amount", "numeric(12,2)");
  EXPECT_EQ(render(AlterColumn{k_table, from, to, ColumnChange{.storage = true}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" ALTER COLUMN \"amount\" SET STORAGE MAIN"});
}

TEST(RenderStorage, TypeChangeKeepsStorageAndCompression) {
  Column from = column("note", "character varying(20)");
  from.storage = ColumnStorage::external;
  from.compression = "lz4";
  Column to = from;
  to.type = "text";
  EXPECT_EQ(render(AlterColumn{k_table, from, to, ColumnChange{.type = true}}),
            Statements{"ALTER TABLE \"public\".\"Snap shots\" ALTER COLUMN \"note\" TYPE text USING \"note\"::text, "
                       "ALTER COLUMN \"note\" SET STORAGE EXTERNAL, ALTER COLUMN \"note\" SET COMPRESSION \"lz4\""});
}

}  // namespace
}  // namespace schemadiff
