// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

EnumType mood(std::vector<std::string> labels) {
  return EnumType{{"public", "mood"}, std::move(labels), std::nullopt};
}

Column column(std::string name, std::string type, std::optional<std::string> default_expr = {}) {
  Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  c.default_expr = std::move(default_expr);
  return c;
}

TEST(RenderEnum, CreateQuotesLabels) {
  const EnumType type{{"archive", "Retention Policy"}, {"keep", "it's", "say \"hi\""}, std::nullopt};
  EXPECT_EQ(render(CreateEnum{type}),
            Statements{"CREATE TYPE \"archive\".\"Retention Policy\" AS ENUM ('keep', 'it''s', 'say \"hi\"')"});
}

TEST(RenderEnum, CreateWithoutLabels) {
  EXPECT_EQ(render(CreateEnum{mood({})}), Statements{"CREATE TYPE \"public\".\"mood\" AS ENUM ()"});
}

TEST(RenderEnum, Drop) {
  EXPECT_EQ(render(DropEnum{mood({"a"})}), Statements{"DROP TYPE \"public\".\"mood\""});
}

TEST(RenderEnum, AddValueBeforeAfterOrAtEnd) {
  const QualifiedName type{"public", "select"};
  EXPECT_EQ(render(AddEnumValue{type, "meh", "sad", std::nullopt}),
            Statements{"ALTER TYPE \"public\".\"select\" ADD VALUE 'meh' BEFORE 'sad'"});
  EXPECT_EQ(render(AddEnumValue{type, "meh", std::nullopt, "happy"}),
            Statements{"ALTER TYPE \"public\".\"select\" ADD VALUE 'meh' AFTER 'happy'"});
  EXPECT_EQ(render(AddEnumValue{type, "l'ast", std::nullopt, std::nullopt}),
            Statements{"ALTER TYPE \"public\".\"select\" ADD VALUE 'l''ast'"});
}

TEST(RenderEnum, ReplaceWithoutColumns) {
  const ReplaceEnum op{mood({"happy", "sad"}), mood({"sad", "happy"}), {}};
  EXPECT_EQ(render(op), (Statements{
                            "CREATE TYPE \"public\".\"mood__schemadiff_new\" AS ENUM ('sad', 'happy')",
                            "DROP TYPE \"public\".\"mood\"",
                            "ALTER TYPE \"public\".\"mood__schemadiff_new\" RENAME TO \"mood\"",
                        }));
}

TEST(RenderEnum, ReplaceRetypesDefaultedAndArrayColumns) {
  const QualifiedName posts{"public", "Blog Posts"};
  const QualifiedName people{"app", "people"};
  const ReplaceEnum op{
      mood({"happy", "meh", "sad"}),
      mood({"sad", "happy"}),
      {
          {posts, column("state", "public.mood", "'happy'::public.mood")},
          {posts, column("history", "public.mood[]")},
          {people, column("select", "public.mood", "'sad'::public.mood")},
      }};
  EXPECT_EQ(render(op),
            (Statements{
                "CREATE TYPE \"public\".\"mood__schemadiff_new\" AS ENUM ('sad', 'happy')",
                "ALTER TABLE \"public\".\"Blog Posts\" ALTER COLUMN \"state\" DROP DEFAULT, "
                "ALTER COLUMN \"state\" TYPE \"public\".\"mood__schemadiff_new\" "
                "USING \"state\"::text::\"public\".\"mood__schemadiff_new\", "
                "ALTER COLUMN \"history\" TYPE \"public\".\"mood__schemadiff_new\"[] "
                "USING \"history\"::text[]::\"public\".\"mood__schemadiff_new\"[]",
                "ALTER TABLE \"app\".\"people\" ALTER COLUMN \"select\" DROP DEFAULT, "
                "ALTER COLUMN \"select\" TYPE \"public\".\"mood__schemadiff_new\" "
                "USING \"select\"::text::\"public\".\"mood__schemadiff_new\"",
                "DROP TYPE \"public\".\"mood\"",
                "ALTER TYPE \"public\".\"mood__schemadiff_new\" RENAME TO \"mood\"",
                "ALTER TABLE \"public\".\"Blog Posts\" ALTER COLUMN \"state\" SET DEFAULT 'happy'::public.mood",
                "ALTER TABLE \"app\".\"people\" ALTER COLUMN \"select\" SET DEFAULT 'sad'::public.mood",
            }));
}

TEST(RenderEnum, ReplaceDoesNotRestoreADefaultNamingARemovedLabel) {
  const QualifiedName posts{"public", "posts"};
  const ReplaceEnum op{mood({"happy", "meh"}), mood({"happy"}),
                       {{posts, column("state", "public.mood", "'meh'::public.mood")}}};
  const Statements statements = render(op);
  ASSERT_EQ(statements.size(), 4u);
  EXPECT_EQ(statements[1],
            "ALTER TABLE \"public\".\"posts\" ALTER COLUMN \"state\" DROP DEFAULT, "
            "ALTER COLUMN \"state\" TYPE \"public\".\"mood__schemadiff_new\" "
            "USING \"state\"::text::\"public\".\"mood__schemadiff_new\"");
  EXPECT_EQ(statements[3], "ALTER TYPE \"public\".\"mood__schemadiff_new\" RENAME TO \"mood\"");
}

TEST(RenderEnum, ReplaceRestoresDefaultsWithQuotedLabels) {
  const QualifiedName posts{"public", "posts"};
  const ReplaceEnum op{mood({"it's", "meh"}), mood({"meh", "it's"}),
                       {{posts, column("state", "public.mood", "'it''s'::public.mood")}}};
  const Statements statements = render(op);
  ASSERT_EQ(statements.size(), 5u);
  EXPECT_EQ(statements[4],
            "ALTER TABLE \"public\".\"posts\" ALTER COLUMN \"state\" SET DEFAULT 'it''s'::public.mood");
}

TEST(RenderEnum, ReplaceRestoresArrayDefaults) {
  const QualifiedName posts{"public", "posts"};
  const ReplaceEnum op{mood({"happy", "sad"}), mood({"sad", "happy"}),
                       {{posts, column("history", "public.mood[]", "'{happy,sad}'::public.mood[]")}}};
  EXPECT_EQ(render(op),
            (Statements{
                "CREATE TYPE \"public\".\"mood__schemadiff_new\" AS ENUM ('sad', 'happy')",
                "ALTER TABLE \"public\".\"posts\" ALTER COLUMN \"history\" DROP DEFAULT, "
                "ALTER COLUMN \"history\" TYPE \"public\".\"mood__schemadiff_new\"[] "
                "USING \"history\"::text[]::\"public\".\"mood__schemadiff_new\"[]",
                "DROP TYPE \"public\".\"mood\"",
                "ALTER TYPE \"public\".\"mood__schemadiff_new\" RENAME TO \"mood\"",
                "ALTER TABLE \"public\".\"posts\" ALTER COLUMN \"history\" SET DEFAULT '{happy,sad}'::public.mood[]",
            }));
}

TEST(RenderEnum, TemporaryNameFitsInAnIdentifier) {
  const std::string long_name(63, 'x');
  const EnumType from{{"public", long_name}, {"a", "b"}, std::nullopt};
  const EnumType to{{"public", long_name}, {"b"}, std::nullopt};
  const Statements statements = render(ReplaceEnum{from, to, {}});
  const std::string temporary = std::string(47, 'x') + "__schemadiff_new";
  ASSERT_EQ(temporary.size(), 63u);
  EXPECT_EQ(statements.front(), "CREATE TYPE \"public\".\"" + temporary + "\" AS ENUM ('b')");
  EXPECT_EQ(statements.back(),
            "ALTER TYPE \"public\".\"" + temporary + "\" RENAME TO \"" + long_name + "\"");
}

TEST(RenderEnum, TemporaryNameNeverSplitsAUtf8Character) {
  // 46 ASCII bytes then a two-byte character that would straddle the 47-byte cut.
  const std::string name = std::string(46, 'a') + "é" + "tail";
  const EnumType type{{"public", name}, {"x"}, std::nullopt};
  const Statements statements = render(ReplaceEnum{type, type, {}});
  EXPECT_EQ(statements.front(),
            "CREATE TYPE \"public\".\"" + std::string(46, 'a') + "__schemadiff_new\" AS ENUM ('x')");
}

}  // namespace
}  // namespace schemadiff
