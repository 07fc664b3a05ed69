// SPDX-License-Identifier: MIT
// SQL for collations, domains, composite and range types.
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

QualifiedName qn(const std::string& schema, const std::string& name) { return QualifiedName{schema, name}; }

Domain price() {
  Domain domain{qn("public", "price"), "numeric(10,2)", std::nullopt, "0", true, {}, std::nullopt};
  domain.constraints["positive"] =
      DomainConstraint{"positive", "CHECK ((VALUE > (0)::numeric))", Validation::validated, std::nullopt};
  return domain;
}

Column column(std::string name, std::string type, std::optional<std::string> default_expr = {}) {
  Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  c.default_expr = std::move(default_expr);
  return c;
}

TEST(RenderCollation, CreateIcuAndLibc) {
  EXPECT_EQ(render(CreateCollation{Collation{qn("My Schema", "Case"), "icu", "und-u-ks-level2", std::nullopt,
                                             std::nullopt, false, std::nullopt}}),
            Statements{"CREATE COLLATION \"My Schema\".\"Case\" (provider = icu, locale = 'und-u-ks-level2', "
                       "deterministic = false)"});
  EXPECT_EQ(render(CreateCollation{
                Collation{qn("public", "c"), "libc", std::nullopt, "C", "it's", true, std::nullopt}}),
            Statements{"CREATE COLLATION \"public\".\"c\" (provider = libc, lc_collate = 'C', lc_ctype = 'it''s')"});
  EXPECT_EQ(render(DropCollation{Collation{qn("public", "c"), "libc", std::nullopt, "C", "C", true, std::nullopt}}),
            Statements{"DROP COLLATION \"public\".\"c\""});
}

TEST(RenderDomain, CreateWithConstraintsNotValidAfter) {
  Domain domain = price();
  domain.collation = std::nullopt;
  domain.constraints["cap"] = DomainConstraint{"cap", "CHECK ((VALUE < (100)::numeric))", Validation::not_valid,
                                               std::nullopt};
  EXPECT_EQ(render(CreateDomain{domain}),
            (Statements{"CREATE DOMAIN \"public\".\"price\" AS numeric(10,2) DEFAULT 0 NOT NULL CONSTRAINT "
                        "\"positive\" CHECK ((VALUE > (0)::numeric))",
                        "ALTER DOMAIN \"public\".\"price\" ADD CONSTRAINT \"cap\" CHECK ((VALUE < (100)::numeric)) "
                        "NOT VALID"}));
  const Domain with_collation{qn("s", "name"), "text", "pg_catalog.\"C\"", std::nullopt, false, {}, std::nullopt};
  EXPECT_EQ(render(CreateDomain{with_collation}),
            Statements{"CREATE DOMAIN \"s\".\"name\" AS text COLLATE pg_catalog.\"C\""});
  EXPECT_EQ(render(DropDomain{with_collation}), Statements{"DROP DOMAIN \"s\".\"name\""});
}

TEST(RenderDomain, AlterDefaultAndNotNull) {
  Domain to = price();
  to.default_expr = std::nullopt;
  to.not_null = false;
  EXPECT_EQ(render(AlterDomain{price(), to}), (Statements{"ALTER DOMAIN \"public\".\"price\" DROP DEFAULT",
                                                          "ALTER DOMAIN \"public\".\"price\" DROP NOT NULL"}));
  EXPECT_EQ(render(AlterDomain{to, price()}), (Statements{"ALTER DOMAIN \"public\".\"price\" SET DEFAULT 0",
                                                          "ALTER DOMAIN \"public\".\"price\" SET NOT NULL"}));
}

TEST(RenderDomain, Constraints) {
  const DomainConstraint check{"is \"ok\"", "CHECK ((VALUE > 1))", Validation::not_valid, std::nullopt};
  EXPECT_EQ(render(AddDomainConstraint{qn("public", "d"), check}),
            Statements{"ALTER DOMAIN \"public\".\"d\" ADD CONSTRAINT \"is \"\"ok\"\"\" CHECK ((VALUE > 1)) NOT VALID"});
  EXPECT_EQ(render(DropDomainConstraint{qn("public", "d"), check}),
            Statements{"ALTER DOMAIN \"public\".\"d\" DROP CONSTRAINT \"is \"\"ok\"\"\""});
  EXPECT_EQ(render(ValidateDomainConstraint{qn("public", "d"), check}),
            Statements{"ALTER DOMAIN \"public\".\"d\" VALIDATE CONSTRAINT \"is \"\"ok\"\"\""});
}

TEST(RenderDomain, ReplaceParksColumnsAsText) {
  Domain to = price();
  to.base_type = "numeric(12,2)";
  const std::vector<TypeColumnUse> uses{
      TypeColumnUse{qn("public", "invoices"), column("total", "public.price", "5")},
      TypeColumnUse{qn("public", "invoices"), column("parts", "public.price[]")}};
  EXPECT_EQ(render(ReplaceDomain{price(), to, uses}),
            (Statements{"ALTER TABLE \"public\".\"invoices\" ALTER COLUMN \"total\" DROP DEFAULT, ALTER COLUMN "
                        "\"total\" TYPE text USING \"total\"::text, ALTER COLUMN \"parts\" TYPE text[] USING "
                        "\"parts\"::text[]",
                        "DROP DOMAIN \"public\".\"price\"",
                        "CREATE DOMAIN \"public\".\"price\" AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT "
                        "\"positive\" CHECK ((VALUE > (0)::numeric))",
                        "ALTER TABLE \"public\".\"invoices\" ALTER COLUMN \"total\" TYPE public.price USING "
                        "\"total\"::public.price, ALTER COLUMN \"total\" SET DEFAULT 5, ALTER COLUMN \"parts\" TYPE "
                        "public.price[] USING \"parts\"::public.price[]"}));
}

TEST(RenderCompositeType, CreateAlterDrop) {
  const CompositeType from{qn("public", "size"),
                           {CompositeAttribute{"w", "integer", std::nullopt},
                            CompositeAttribute{"gone", "text", std::nullopt}},
                           std::nullopt};
  const CompositeType to{qn("public", "size"),
                         {CompositeAttribute{"w", "bigint", std::nullopt},
                          CompositeAttribute{"Label", "text", "pg_catalog.\"C\""}},
                         std::nullopt};
  EXPECT_EQ(render(CreateCompositeType{to}),
            Statements{"CREATE TYPE \"public\".\"size\" AS (\"w\" bigint, \"Label\" text COLLATE pg_catalog.\"C\")"});
  EXPECT_EQ(render(AlterCompositeType{from, to, {}}),
            Statements{"ALTER TYPE \"public\".\"size\" DROP ATTRIBUTE \"gone\", ALTER ATTRIBUTE \"w\" TYPE bigint, "
                       "ADD ATTRIBUTE \"Label\" text COLLATE pg_catalog.\"C\""});
  EXPECT_EQ(render(DropCompositeType{to}), Statements{"DROP TYPE \"public\".\"size\""});
}

TEST(RenderCompositeType, RetypeParksTheColumnsUsingIt) {
  const CompositeType from{qn("public", "pair"),
                           {CompositeAttribute{"a", "integer", std::nullopt},
                            CompositeAttribute{"b", "text", std::nullopt}},
                           std::nullopt};
  const CompositeType to{qn("public", "pair"),
                         {CompositeAttribute{"a", "bigint", std::nullopt},
                          CompositeAttribute{"c", "text", std::nullopt}},
                         std::nullopt};
  const std::vector<TypeColumnUse> uses{TypeColumnUse{qn("public", "t"), column("p", "public.pair")}};
  EXPECT_EQ(render(AlterCompositeType{from, to, uses}),
            (Statements{"ALTER TYPE \"public\".\"pair\" DROP ATTRIBUTE \"b\", ADD ATTRIBUTE \"c\" text",
                        "ALTER TABLE \"public\".\"t\" ALTER COLUMN \"p\" TYPE text USING \"p\"::text",
                        "ALTER TYPE \"public\".\"pair\" ALTER ATTRIBUTE \"a\" TYPE bigint",
                        "ALTER TABLE \"public\".\"t\" ALTER COLUMN \"p\" TYPE public.pair USING \"p\"::public.pair"}));
}

TEST(RenderRangeType, CreateWithEveryOption) {
  const RangeType type{qn("public", "price range"), "numeric", "public.num_ops", "pg_catalog.\"C\"", "public.canon",
                       "public.diff", qn("public", "Price Ranges"), std::nullopt};
  EXPECT_EQ(render(CreateRangeType{type}),
            Statements{"CREATE TYPE \"public\".\"price range\" AS RANGE (subtype = numeric, subtype_opclass = "
                       "public.num_ops, collation = pg_catalog.\"C\", canonical = public.canon, subtype_diff = "
                       "public.diff, multirange_type_name = \"public\".\"Price Ranges\")"});
  EXPECT_EQ(render(DropRangeType{type}), Statements{"DROP TYPE \"public\".\"price range\""});
}

TEST(RenderRangeType, ReplaceWithoutColumns) {
  const RangeType from{qn("public", "span"), "integer", std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                       std::nullopt, std::nullopt};
  RangeType to = from;
  to.subtype = "bigint";
  EXPECT_EQ(render(ReplaceRangeType{from, to, {}}),
            (Statements{"DROP TYPE \"public\".\"span\"", "CREATE TYPE \"public\".\"span\" AS RANGE (subtype = bigint)"}));
}

TEST(RenderComment, NewKinds) {
  const auto comment_on = [](ObjectKind kind, const std::string& member = {}) {
    return render(SetComment{ObjectRef{kind, qn("public", "x"), member}, std::nullopt, "c"}).front();
  };
  EXPECT_EQ(comment_on(ObjectKind::domain), "COMMENT ON DOMAIN \"public\".\"x\" IS 'c'");
  EXPECT_EQ(comment_on(ObjectKind::domain_constraint, "k"), "COMMENT ON CONSTRAINT \"k\" ON DOMAIN \"public\".\"x\" IS 'c'");
  EXPECT_EQ(comment_on(ObjectKind::composite_type), "COMMENT ON TYPE \"public\".\"x\" IS 'c'");
  EXPECT_EQ(comment_on(ObjectKind::range_type), "COMMENT ON TYPE \"public\".\"x\" IS 'c'");
  EXPECT_EQ(comment_on(ObjectKind::collation), "COMMENT ON COLLATION \"public\".\"x\" IS 'c'");
}

}  // namespace
}  // namespace schemadiff
