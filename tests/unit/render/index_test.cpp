// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

Index index(QualifiedName name, std::string definition) {
  Index i;
  i.name = std::move(name);
  i.table = {"public", "events"};
  i.method = "btree";
  i.definition = std::move(definition);
  return i;
}

TEST(RenderIndex, CreateUsesTheDefinitionVerbatim) {
  const std::string definition =
      "CREATE INDEX events_recent_idx ON public.events USING btree (started_at DESC NULLS LAST) "
      "INCLUDE (title) WHERE (reviewed = false)";
  EXPECT_EQ(render(CreateIndex{index({"public", "events_recent_idx"}, definition)}), Statements{definition});
}

TEST(RenderIndex, CreateDropsATrailingTerminator) {
  EXPECT_EQ(render(CreateIndex{index({"public", "i"}, "CREATE UNIQUE INDEX i ON public.t USING btree (a);\n")}),
            Statements{"CREATE UNIQUE INDEX i ON public.t USING btree (a)"});
}

TEST(RenderIndex, CreateOnPartitionedTableCoversThePartitions) {
  EXPECT_EQ(render(CreateIndex{index({"public", "p_k"}, "CREATE INDEX p_k ON ONLY public.p USING btree (k)")}),
            Statements{"CREATE INDEX p_k ON public.p USING btree (k)"});
  EXPECT_EQ(render(CreateIndex{index({"public", "Mixed \"ON ONLY\" idx"},
                                     "CREATE UNIQUE INDEX \"Mixed \"\"ON ONLY\"\" idx\" ON ONLY public.p USING btree (k)")}),
            Statements{"CREATE UNIQUE INDEX \"Mixed \"\"ON ONLY\"\" idx\" ON public.p USING btree (k)"});
}

TEST(RenderIndex, OnlyInsideTheKeysIsLeftAlone) {
  const std::string definition = "CREATE INDEX \"x ON ONLY y\" ON public.t USING btree (a)";
  EXPECT_EQ(render(CreateIndex{index({"public", "x ON ONLY y"}, definition)}), Statements{definition});
}

TEST(RenderIndex, Drop) {
  EXPECT_EQ(render(DropIndex{index({"archive", "Mixed Case select idx"}, "")}),
            Statements{"DROP INDEX \"archive\".\"Mixed Case select idx\""});
}

}  // namespace
}  // namespace schemadiff
