// SPDX-License-Identifier: MIT
#include "diff/sql_rewrite.hpp"

#include <gtest/gtest.h>

namespace schemadiff::diff_detail {
namespace {

TEST(SqlRewrite, QualifiedNameOnlyWhereBothPartsMatch) {
  EXPECT_EQ(rewrite_qualified_name("SELECT zones.id FROM public.zones JOIN app.zones z ON true", {"public", "zones"},
                                   "camera_zones"),
            "SELECT zones.id FROM public.camera_zones JOIN app.zones z ON true");
  EXPECT_EQ(rewrite_qualified_name("'public.zones'::text || public.\"zones\"", {"public", "zones"}, "Camera Zones"),
            "'public.zones'::text || public.\"Camera Zones\"");
}

TEST(SqlRewrite, QualifierIsTheRelationNameBeforeADot) {
  EXPECT_EQ(rewrite_qualifier(" SELECT zones.id,\n    zones.name\n   FROM public.zones;", "zones", "camera_zones"),
            " SELECT camera_zones.id,\n    camera_zones.name\n   FROM public.zones;");
}

TEST(SqlRewrite, IdentifierSkipsQualifiedNamesFunctionsAndLiterals) {
  EXPECT_EQ(rewrite_identifier("CHECK ((status <> 'status'::text) AND (t.status IS NOT NULL) AND status(1))",
                               "status", "state"),
            "CHECK ((state <> 'status'::text) AND (t.status IS NOT NULL) AND status(1))");
  EXPECT_EQ(rewrite_identifier("lower(\"Folder\")", "Folder", "folder path"), "lower(\"folder path\")");
}

TEST(SqlRewrite, EnumLiteralOnlyForItsType) {
  EXPECT_EQ(rewrite_enum_literal("(status <> 'sent'::public.alert_status) AND (x = 'sent'::text)",
                                 {"public", "alert_status"}, "sent", "it's sent"),
            "(status <> 'it''s sent'::public.alert_status) AND (x = 'sent'::text)");
}

TEST(SqlRewrite, RegclassLiteralOfASequence) {
  EXPECT_EQ(rewrite_regclass_literal("nextval('public.zones_id_seq'::regclass)", {"public", "zones_id_seq"},
                                     "camera_zones_id_seq"),
            "nextval('public.camera_zones_id_seq'::regclass)");
}

TEST(SqlRewrite, NamesAreSpelledAsTheServerQuotesThem) {
  // `time` needs quotes as a name, so a bare `time` is the type keyword.
  EXPECT_EQ(rewrite_identifier("((\"time\" > '12:00:00'::time without time zone))", "time", "starts_at"),
            "((starts_at > '12:00:00'::time without time zone))");
  EXPECT_EQ(rewrite_identifier("(position > 0)", "position", "rank"), "(position > 0)");
  // Keywords printed in upper case are not lower-case names.
  EXPECT_EQ(rewrite_identifier("FOREIGN KEY (cascade) REFERENCES public.t(id) ON DELETE CASCADE", "cascade", "c"),
            "FOREIGN KEY (c) REFERENCES public.t(id) ON DELETE CASCADE");
  EXPECT_EQ(rewrite_qualified_name("SELECT x FROM public.\"user\" -- public.user\n", {"public", "user"}, "account"),
            "SELECT x FROM public.account -- public.user\n");
}

}  // namespace
}  // namespace schemadiff::diff_detail
