// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

std::string comment_on(ObjectKind kind, QualifiedName name, std::string member = {},
                       Comment to = std::string("it's")) {
  const auto statements = render(SetComment{ObjectRef{kind, std::move(name), std::move(member)}, std::nullopt, to});
  EXPECT_EQ(statements.size(), 1u);
  return statements.empty() ? std::string() : statements.front();
}

TEST(RenderComment, EveryObjectKind) {
  EXPECT_EQ(comment_on(ObjectKind::schema, {"", "Mixed Case"}), "COMMENT ON SCHEMA \"Mixed Case\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::schema, {"archive", ""}), "COMMENT ON SCHEMA \"archive\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::extension, {"", "citext"}), "COMMENT ON EXTENSION \"citext\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::type, {"public", "mood"}), "COMMENT ON TYPE \"public\".\"mood\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::sequence, {"public", "s"}), "COMMENT ON SEQUENCE \"public\".\"s\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::table, {"public", "select"}), "COMMENT ON TABLE \"public\".\"select\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::column, {"public", "t"}, "a \"quoted\" name"),
            "COMMENT ON COLUMN \"public\".\"t\".\"a \"\"quoted\"\" name\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::constraint, {"public", "t"}, "t_check"),
            "COMMENT ON CONSTRAINT \"t_check\" ON \"public\".\"t\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::index, {"public", "i"}), "COMMENT ON INDEX \"public\".\"i\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::view, {"public", "v"}), "COMMENT ON VIEW \"public\".\"v\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::materialized_view, {"public", "m"}),
            "COMMENT ON MATERIALIZED VIEW \"public\".\"m\" IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::routine, {"archive", "batch_label"}, "b bigint, prefix text"),
            "COMMENT ON ROUTINE \"archive\".\"batch_label\"(b bigint, prefix text) IS 'it''s'");
  EXPECT_EQ(comment_on(ObjectKind::trigger, {"public", "events"}, "events_notify"),
            "COMMENT ON TRIGGER \"events_notify\" ON \"public\".\"events\" IS 'it''s'");
}

TEST(RenderComment, RemovedCommentIsNull) {
  EXPECT_EQ(comment_on(ObjectKind::table, {"public", "t"}, "", std::nullopt), "COMMENT ON TABLE \"public\".\"t\" IS NULL");
}

TEST(RenderComment, TextIsKeptByteForByte) {
  EXPECT_EQ(comment_on(ObjectKind::table, {"public", "t"}, "", std::string("multi\nline \\ café")),
            "COMMENT ON TABLE \"public\".\"t\" IS 'multi\nline \\ café'");
  EXPECT_EQ(comment_on(ObjectKind::table, {"public", "t"}, "", std::string("")),
            "COMMENT ON TABLE \"public\".\"t\" IS ''");
}

}  // namespace
}  // namespace schemadiff
