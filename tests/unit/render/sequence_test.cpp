// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

Sequence sequence(QualifiedName name, SequenceOptions options = {}) {
  return Sequence{std::move(name), options, std::nullopt, std::nullopt};
}

TEST(RenderSequence, CreateSpellsOutEveryOption) {
  EXPECT_EQ(render(CreateSequence{sequence({"public", "order_seq"})}),
            Statements{"CREATE SEQUENCE \"public\".\"order_seq\" AS bigint INCREMENT BY 1 MINVALUE 1 "
                       "MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE"});
}

TEST(RenderSequence, CreateWithCustomOptionsAndNoOwner) {
  Sequence seq = sequence({"public", "Camera Code"}, {"integer", 100, 5, 100, 100000, 10, true});
  seq.owned_by = ColumnRef{{"public", "cameras"}, "code"};
  EXPECT_EQ(render(CreateSequence{seq}),
            Statements{"CREATE SEQUENCE \"public\".\"Camera Code\" AS integer INCREMENT BY 5 MINVALUE 100 "
                       "MAXVALUE 100000 START WITH 100 CACHE 10 CYCLE"});
}

TEST(RenderSequence, CreateDescending) {
  const SequenceOptions down{"smallint", -1, -1, -32768, -1, 1, false};
  EXPECT_EQ(render(CreateSequence{sequence({"s", "down"}, down)}),
            Statements{"CREATE SEQUENCE \"s\".\"down\" AS smallint INCREMENT BY -1 MINVALUE -32768 "
                       "MAXVALUE -1 START WITH -1 CACHE 1 NO CYCLE"});
}

TEST(RenderSequence, Drop) {
  EXPECT_EQ(render(DropSequence{sequence({"archive", "select"})}),
            Statements{"DROP SEQUENCE \"archive\".\"select\""});
}

TEST(RenderSequence, AlterOnlyChangedOptions) {
  const Sequence from = sequence({"public", "s"});
  Sequence to = from;
  to.options.increment = 10;
  to.options.cycle = true;
  EXPECT_EQ(render(AlterSequence{from, to}),
            Statements{"ALTER SEQUENCE \"public\".\"s\" INCREMENT BY 10 CYCLE"});
}

TEST(RenderSequence, AlterEveryOptionAndType) {
  const Sequence from = sequence({"public", "s"});
  const Sequence to = sequence({"public", "s"}, {"integer", 5, 2, 5, 1000, 20, true});
  // A raised minimum first moves a counter below it into the new range.
  EXPECT_EQ(render(AlterSequence{from, to}),
            (Statements{"SELECT pg_catalog.setval('\"public\".\"s\"', 5, false) FROM \"public\".\"s\" "
                        "WHERE last_value < 5",
                        "ALTER SEQUENCE \"public\".\"s\" AS integer INCREMENT BY 2 MINVALUE 5 "
                        "MAXVALUE 1000 START WITH 5 CACHE 20 CYCLE"}));
  EXPECT_EQ(render(AlterSequence{to, from}),
            Statements{"ALTER SEQUENCE \"public\".\"s\" AS bigint INCREMENT BY 1 MINVALUE 1 "
                       "MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE"});
}

TEST(RenderSequence, AlterOwnedBy) {
  const Sequence from = sequence({"public", "s"});
  Sequence to = from;
  to.owned_by = ColumnRef{{"Mixed Case", "my table"}, "a \"quoted\" name"};
  EXPECT_EQ(render(AlterSequence{from, to}),
            Statements{"ALTER SEQUENCE \"public\".\"s\" OWNED BY \"Mixed Case\".\"my table\".\"a \"\"quoted\"\" name\""});
  EXPECT_EQ(render(AlterSequence{to, from}), Statements{"ALTER SEQUENCE \"public\".\"s\" OWNED BY NONE"});
}

TEST(RenderSequence, AlterOptionsAndOwnerInOneStatement) {
  const Sequence from = sequence({"public", "s"});
  Sequence to = from;
  to.options.cache = 50;
  to.owned_by = ColumnRef{{"public", "t"}, "id"};
  EXPECT_EQ(render(AlterSequence{from, to}),
            Statements{"ALTER SEQUENCE \"public\".\"s\" CACHE 50 OWNED BY \"public\".\"t\".\"id\""});
}

TEST(RenderSequence, TypeChangeCarriesDefaultBoundsAlong) {
  // PostgreSQL moves a bound that was the old type's extreme to the new type's.
  const Sequence from = sequence({"public", "s"}, {"integer", 1, 1, 1, 2147483647, 1, false});
  const Sequence to = sequence({"public", "s"}, {"bigint", 1, 1, 1, 9223372036854775807, 1, false});
  EXPECT_EQ(render(AlterSequence{from, to}), Statements{"ALTER SEQUENCE \"public\".\"s\" AS bigint"});
  EXPECT_EQ(render(AlterSequence{to, from}), Statements{"ALTER SEQUENCE \"public\".\"s\" AS integer"});
  const Sequence down_from = sequence({"public", "s"}, {"integer", -1, -1, -2147483648, -1, 1, false});
  const Sequence down_to =
      sequence({"public", "s"}, {"bigint", -1, -1, std::numeric_limits<std::int64_t>::min(), -1, 1, false});
  EXPECT_EQ(render(AlterSequence{down_from, down_to}), Statements{"ALTER SEQUENCE \"public\".\"s\" AS bigint"});
  // An explicit bound stays, so only a changed one is written.
  const Sequence bounded = sequence({"public", "s"}, {"integer", 1, 1, 1, 50000, 1, false});
  Sequence bounded_big = bounded;
  bounded_big.options.data_type = "bigint";
  EXPECT_EQ(render(AlterSequence{bounded, bounded_big}), Statements{"ALTER SEQUENCE \"public\".\"s\" AS bigint"});
  EXPECT_EQ(render(AlterSequence{bounded_big, to}),
            Statements{"ALTER SEQUENCE \"public\".\"s\" MAXVALUE 9223372036854775807"});
}

TEST(RenderSequence, AlterWithNothingToDoIsEmpty) {
  Sequence from = sequence({"public", "s"});
  Sequence to = from;
  to.comment = "comments are SetComment's job";
  EXPECT_TRUE(render(AlterSequence{from, to}).empty());
}

}  // namespace
}  // namespace schemadiff
