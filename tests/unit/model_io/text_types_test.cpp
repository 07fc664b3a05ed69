// SPDX-License-Identifier: MIT
// The text listing of collations, domains, composite and range types.
#include <gtest/gtest.h>

#include <string>

#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/model_io/text.hpp"

namespace schemadiff {
namespace {

QualifiedName qn(const std::string& schema, const std::string& name) { return QualifiedName{schema, name}; }

TEST(TextUserTypes, ListsEachKindWithItsParts) {
  SchemaModel model;
  model.collations[qn("public", "ci")] =
      Collation{qn("public", "ci"), "icu", "und-u-ks-level2", std::nullopt, std::nullopt, false, "case blind"};
  Domain price{qn("public", "price"), "numeric(10,2)", std::nullopt, "0", true, {}, std::nullopt};
  price.constraints["cap"] =
      DomainConstraint{"cap", "CHECK ((VALUE < (100)::numeric))", Validation::not_valid, "upper bound"};
  model.domains[price.name] = price;
  model.composite_types[qn("public", "size")] = CompositeType{
      qn("public", "size"),
      {CompositeAttribute{"w", "integer", std::nullopt}, CompositeAttribute{"label", "text", "pg_catalog.\"C\""}},
      std::nullopt};
  model.range_types[qn("public", "span")] = RangeType{qn("public", "span"), "bigint", std::nullopt, std::nullopt,
                                                      std::nullopt, "public.diff", qn("public", "spans"),
                                                      std::nullopt};
  EXPECT_EQ(format_model_text(model),
            "collation public.ci provider icu locale 'und-u-ks-level2' nondeterministic\n"
            "  comment 'case blind'\n"
            "domain public.price numeric(10,2) not null default 0\n"
            "  constraint cap CHECK ((VALUE < (100)::numeric)) NOT VALID\n"
            "    comment 'upper bound'\n"
            "composite type public.size\n"
            "  attribute w integer\n"
            "  attribute label text collate pg_catalog.\"C\"\n"
            "range type public.span subtype bigint subtype_diff public.diff multirange public.spans\n");
}

}  // namespace
}  // namespace schemadiff
