// SPDX-License-Identifier: MIT
// Introspection of fixtures/introspect/kitchen_sink: schemas, extensions (and the
// absence of their objects), enums and sequences, field by field.
#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

#include "schemadiff/introspect/introspect.hpp"
#include "support/test_database.hpp"
#include "integration/introspect/kitchen_sink_fixture.hpp"

namespace schemadiff {
namespace {

class IntrospectKitchenSinkTypes : public testing::KitchenSinkTest {};

using Names = std::vector<std::string>;

TEST_F(IntrospectKitchenSinkTypes, Schemas) {
  ASSERT_EQ(model().schemas.size(), 2U);
  EXPECT_EQ(model().schemas.at("public"),
            (Schema{.name = "public", .comment = "standard public schema"}));
  EXPECT_EQ(model().schemas.at("archive"), (Schema{.name = "archive", .comment = "Old data"}));
}

TEST_F(IntrospectKitchenSinkTypes, Extensions) {
  ASSERT_EQ(model().extensions.size(), 1U);
  const Extension& citext = model().extensions.at("citext");
  EXPECT_EQ(citext.name, "citext");
  EXPECT_EQ(citext.schema, "public");
  EXPECT_FALSE(citext.version.empty());
  EXPECT_EQ(citext.comment, "data type for case-insensitive character strings");
}

TEST_F(IntrospectKitchenSinkTypes, ExtensionObjectsAreLeftOut) {
  // citext brings a type, its array type, ~30 functions, operators and casts.
  for (const auto& [name, routine] : model().routines) {
    EXPECT_EQ(name.name.name.find("citext"), std::string::npos) << name.name.name;
    EXPECT_EQ(name.name.name.find("regexp"), std::string::npos) << name.name.name;
  }
  EXPECT_EQ(model().routines.size(), 6U);
  EXPECT_EQ(model().enums.count({"public", "citext"}), 0U);
  // The column using the extension's type is there, with the type qualified.
  EXPECT_EQ(column(table("public", "cameras"), "location").type, "public.citext");
}

TEST_F(IntrospectKitchenSinkTypes, Enums) {
  ASSERT_EQ(model().enums.size(), 5U);
  EXPECT_EQ(model().enums.at({"public", "alert_severity"}),
            (EnumType{.name = {"public", "alert_severity"},
                      .labels = {"info", "warning", "critical"},
                      .comment = "How urgent an alert is"}));
  EXPECT_EQ(model().enums.at({"public", "alert_status"}).labels,
            (Names{"new", "acknowledged", "false alarm", "say \"hi\""}));
  EXPECT_EQ(model().enums.at({"public", "zone_type_enum"}).labels, (Names{"include", "exclude"}));
  EXPECT_EQ(model().enums.at({"public", "zone_shape_enum"}).labels,
            (Names{"rectangle", "polygon"}));
  EXPECT_EQ(model().enums.at({"archive", "Retention Policy"}),
            (EnumType{.name = {"archive", "Retention Policy"},
                      .labels = {"keep", "drop"},
                      .comment = std::nullopt}));
}

TEST_F(IntrospectKitchenSinkTypes, Sequences) {
  // Identity columns' sequences (zones_id_seq, detections_id_seq) are part of the columns.
  Names names;
  for (const auto& [name, sequence] : model().sequences) {
    names.push_back(name.schema + "." + name.name);
  }
  EXPECT_EQ(names, (Names{"archive.batch_seq", "public.alerts_id_seq", "public.camera_code_seq",
                          "public.cameras_id_seq", "public.events_id_seq"}));

  EXPECT_EQ(model().sequences.at({"public", "camera_code_seq"}),
            (Sequence{.name = {"public", "camera_code_seq"},
                      .options = {.data_type = "integer",
                                  .start = 100,
                                  .increment = 5,
                                  .min_value = 100,
                                  .max_value = 100000,
                                  .cache = 10,
                                  .cycle = true},
                      .owned_by = ColumnRef{.table = {"public", "cameras"}, .column = "code"},
                      .comment = "Short camera codes"}));
  EXPECT_EQ(model().sequences.at({"public", "cameras_id_seq"}),
            (Sequence{.name = {"public", "cameras_id_seq"},
                      .options = {.data_type = "integer",
                                  .start = 1,
                                  .increment = 1,
                                  .min_value = 1,
                                  .max_value = 2147483647,
                                  .cache = 1,
                                  .cycle = false},
                      .owned_by = ColumnRef{.table = {"public", "cameras"}, .column = "id"},
                      .comment = std::nullopt}));
  EXPECT_EQ(model().sequences.at({"archive", "batch_seq"}),
            (Sequence{.name = {"archive", "batch_seq"},
                      .options = SequenceOptions{},
                      .owned_by = std::nullopt,
                      .comment = std::nullopt}));
}

}  // namespace
}  // namespace schemadiff
