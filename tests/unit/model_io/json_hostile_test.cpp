// SPDX-License-Identifier: MIT
// load_model_json on documents made to hurt: each is refused with one line that names the
// file and the place, in bounded memory and time.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/error.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/model_io/json.hpp"

namespace schemadiff {
namespace {

constexpr std::size_t k_megabyte = 1024 * 1024;

std::string load_error(std::string_view text) {
  try {
    load_model_json(text, "snap.json");
  } catch (const ModelError& e) {
    return e.what();
  }
  return "(no error)";
}

/// The error, checked to be one printable line that names the file.
std::string one_line_error(std::string_view text) {
  const std::string message = load_error(text);
  EXPECT_EQ(message.rfind("snap.json", 0), 0U) << message.substr(0, 300);
  EXPECT_EQ(message.find('\n'), std::string::npos) << message.substr(0, 300);
  EXPECT_TRUE(std::none_of(message.begin(), message.end(), [](char c) { return c >= 0 && c < 0x20; }))
      << message.substr(0, 300);
  EXPECT_LT(message.size(), 1000U) << message.substr(0, 300);
  return message;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string text;
  text.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) {
    text += piece;
  }
  return text;
}

std::string document(const std::string& tables) {
  return R"({"format": "schemadiff-model", "version": 1, "schemas": [], "extensions": [], "enums": [],
    "sequences": [], "tables": )" +
         tables + R"(, "indexes": [], "views": [], "materialized_views": [], "routines": [],
    "triggers": [], "dependencies": []})";
}

/// A snapshot of a few objects of several kinds.
std::string small_snapshot() {
  SchemaModel model;
  model.schemas["app"] = Schema{"app", "the application"};
  Table table;
  table.name = {"app", "orders"};
  Column id;
  id.name = "id";
  id.type = "bigint";
  id.not_null = true;
  Column note;
  note.name = "note";
  note.type = "text";
  note.default_expr = "'é'::text";
  table.columns = {id, note};
  table.constraints["orders_pkey"] = Constraint{"orders_pkey", PrimaryKey{{"id"}, {}}, false, false,
                                                Validation::validated, "PRIMARY KEY (id)", std::nullopt};
  model.tables[table.name] = table;
  Index index;
  index.name = {"app", "orders_note"};
  index.table = table.name;
  index.method = "btree";
  index.keys = {IndexKey{"note", false, std::nullopt, std::nullopt, SortOrder::asc, NullsOrder::last}};
  index.definition = "CREATE INDEX orders_note ON app.orders USING btree (note)";
  model.indexes[index.name] = index;
  model.dependencies.push_back(Dependency{ObjectRef{ObjectKind::index, {"app", "orders_note"}, ""},
                                          ObjectRef{ObjectKind::table, {"app", "orders"}, ""}});
  return dump_model_json(model);
}

TEST(JsonHostile, DeepArrays) {
  const std::string message = one_line_error(repeat("[", 100'000));
  EXPECT_EQ(message, "snap.json:1:65: JSON nested deeper than 64 levels (at " + repeat("[0]", 64) + ", byte 65)");
  EXPECT_EQ(one_line_error(repeat("[", 100'000) + repeat("]", 100'000)), message);
}

TEST(JsonHostile, DeepObjects) {
  const std::string message = one_line_error(repeat(R"({"a":)", 100'000));
  EXPECT_EQ(message, "snap.json:1:321: JSON nested deeper than 64 levels (at a" + repeat(".a", 63) + ", byte 321)");
  // Inside a section, and with keys that are not identifiers.
  const std::string nested = document("[" + repeat(R"({"a b":)", 1000) + "1" + repeat("}", 1000) + "]");
  EXPECT_NE(one_line_error(nested).find(R"(: JSON nested deeper than 64 levels (at tables[0]["a b"]["a b"])"),
            std::string::npos);
}

TEST(JsonHostile, NestingThatSnapshotsUseIsAccepted) {
  // Level 64 is allowed, level 65 is not.
  const std::string deep = document(R"([{"schema": "s", "name": "t", "columns": [], "x": )" + repeat("[", 61) +
                                    repeat("]", 61) + "}]");
  EXPECT_EQ(load_error(deep), R"(snap.json: tables[0]: unknown key "x")");
  const std::string deeper = document(R"([{"schema": "s", "name": "t", "columns": [], "x": )" + repeat("[", 62) +
                                      repeat("]", 62) + "}]");
  EXPECT_NE(load_error(deeper).find("nested deeper than 64 levels"), std::string::npos);
}

TEST(JsonHostile, TruncatedAtEveryOffset) {
  const std::string text = small_snapshot();
  ASSERT_NO_THROW(load_model_json(text));
  const std::size_t end = text.rfind('}') + 1;
  for (std::size_t size = 0; size < end; ++size) {
    const std::string message = one_line_error(text.substr(0, size));
    EXPECT_NE(message.find(": invalid JSON: "), std::string::npos) << size << ": " << message;
  }
  EXPECT_EQ(load_error(text.substr(0, end)), "(no error)");
}

TEST(JsonHostile, NulBytes) {
  const std::string text = small_snapshot();
  for (const std::size_t at : {std::size_t{0}, std::size_t{1}, text.find("\"app\""), text.find("\"app\"") + 2,
                               text.find("bigint") + 3, text.find('[') + 1, text.size() - 2}) {
    std::string broken = text;
    broken.insert(at, 1, '\0');
    EXPECT_NE(one_line_error(broken).find(": invalid JSON: "), std::string::npos) << at;
  }
  // Escaped, a NUL is valid JSON: messages show it escaped.
  EXPECT_EQ(one_line_error(document(R"([{"schema": "s", "name": "t", "columns": [], "a\u0000b": 1}])")),
            R"(snap.json: tables[0]: unknown key "a\u0000b")");
}

TEST(JsonHostile, InvalidUtf8) {
  const std::string text = small_snapshot();
  const std::size_t in_string = text.find("orders") + 2;
  for (const std::string_view bytes : {"\xFF", "\xC3\x28", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    std::string broken = text;
    broken.insert(in_string, bytes);
    const std::string message = one_line_error(broken);
    EXPECT_NE(message.find(": invalid JSON: "), std::string::npos) << message;
    // The offending bytes are shown escaped, so the message itself is valid UTF-8.
    EXPECT_NE(message.find("\\x"), std::string::npos) << message;
  }
  std::string outside = text;
  outside.insert(text.find('[') + 1, "\xFF");
  EXPECT_NE(one_line_error(outside).find(": invalid JSON: "), std::string::npos);
}

TEST(JsonHostile, HugeStrings) {
  const std::string huge(2 * k_megabyte, 'x');
  // A huge value is only data ...
  const SchemaModel model = load_model_json(document(R"([{"schema": "s", "name": ")" + huge + R"(", "columns": []}])"));
  EXPECT_EQ(model.tables.begin()->first.name.size(), huge.size());
  // ... and messages quote only the start of it.
  const std::string unknown = one_line_error(document(R"([{"schema": "s", "name": "t", "columns": [], ")" + huge +
                                                       R"(": 1}])"));
  EXPECT_NE(unknown.find("\"... (2097152 bytes)"), std::string::npos) << unknown.substr(0, 300);
  const std::string unterminated = one_line_error(document(R"([{"schema": "s", "name": ")" + huge));
  EXPECT_NE(unterminated.find(": invalid JSON: "), std::string::npos);
  const std::string bad_value =
      one_line_error(document(R"([{"schema": "s", "name": "t", "columns": [], "persistence": ")" + huge + R"("}])"));
  EXPECT_NE(bad_value.find("tables[0].persistence: unknown value \"xxx"), std::string::npos);
}

TEST(JsonHostile, DuplicateKeysDeepDown) {
  EXPECT_EQ(one_line_error(document(R"([{"schema": "s", "name": "t", "columns": [
      {"name": "a", "type": "text"}, {"name": "b", "type": "text", "type": "int"}]}])")),
            R"(snap.json: tables[0].columns[1]: duplicate key "type")");
  // Inside values nobody reads, and among many keys.
  std::string many = "{";
  for (int i = 0; i < 1000; ++i) {
    many += "\"k" + std::to_string(i) + "\": 1, ";
  }
  many += R"("k500": 2})";
  EXPECT_EQ(one_line_error(document(R"([{"schema": "s", "name": "t", "columns": [], "x": {"y z": [0, )" + many + "]}}]")),
            R"(snap.json: tables[0].x["y z"][1]: duplicate key "k500")");
  EXPECT_EQ(one_line_error(R"({"junk": [[{"a": 1, "a": 2}]], "format": "schemadiff-model"})"),
            R"(snap.json: junk[0][0]: duplicate key "a")");
}

TEST(JsonHostile, ErrorsComeInTheOrderOfAWholeDocumentReader) {
  const std::string bad_table = R"([{"schema": "s", "name": "t", "columns": [], "colums": []}])";
  // A syntax error anywhere comes before a repeated key, which comes before any other error.
  EXPECT_NE(load_error(R"({"format": "x", "format": "y", "tables": )" + bad_table + ", ]}").find("invalid JSON"),
            std::string::npos);
  EXPECT_EQ(load_error(R"({"tables": )" + bad_table + R"(, "format": "x", "format": "y"})"),
            R"(snap.json: duplicate key "format")");
  // The header comes first wherever it is in the document.
  EXPECT_EQ(load_error(R"({"tables": )" + bad_table + R"(, "version": 1, "format": "x"})"),
            R"(snap.json: format: expected "schemadiff-model")");
  EXPECT_EQ(load_error(R"({"tables": )" + bad_table + R"(, "version": 2, "format": "schemadiff-model"})"),
            "snap.json: version: unsupported version 2; this schemadiff reads version 1");
  // Then the sections in the order of the format, then unknown keys, then missing ones.
  const std::string bad_schema = R"([{"name": 1}])";
  std::string text = document(bad_table);
  text.replace(text.find(R"("schemas": [])"), 13, R"("schemas": )" + bad_schema);
  text.insert(1, R"("extra": true, )");
  EXPECT_EQ(load_error(text), "snap.json: schemas[0].name: expected a string");
  EXPECT_EQ(load_error(R"({"extra": 1, "version": 1, "format": "schemadiff-model", "tables": )" + bad_table + "}"),
            R"(snap.json: tables[0]: unknown key "colums")");
  EXPECT_EQ(load_error(R"({"version": 1, "extra": 1, "format": "schemadiff-model"})"),
            R"(snap.json: unknown key "extra")");
  EXPECT_EQ(load_error(R"({"format": "schemadiff-model", "version": 1, "tables": {}})"),
            "snap.json: tables: expected an array");
  EXPECT_EQ(load_error(R"({"format": "schemadiff-model", "version": 1, "format_": [[[]]]})"),
            R"(snap.json: unknown key "format_")");
  EXPECT_EQ(load_error(R"({"format": ["schemadiff-model"], "version": 1})"), "snap.json: format: expected a string");
  EXPECT_EQ(load_error("[{\"a\": 1}]"), "snap.json: expected a JSON object at the top level");
  EXPECT_EQ(load_error("[{\"a\": 1, \"a\": 2}]"), R"(snap.json: [0]: duplicate key "a")");
}

std::size_t peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;
}

/// Runs `load` on each input and checks that the peak RSS grows by less than `bound`
/// beyond the inputs themselves, and that it takes at most a few seconds.
void check_bounded(const std::vector<std::string>& inputs, std::size_t bound) {
  // Resets the kernel's high-water mark to the current RSS (Linux 4.0 and later), so that
  // the peaks of earlier tests do not hide this one's.
  {
    std::ofstream clear_refs("/proc/self/clear_refs");
    clear_refs << "5";
    clear_refs.flush();
    ASSERT_TRUE(clear_refs.good()) << "cannot reset the peak RSS";
  }
  const std::size_t before = peak_rss_bytes();
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& input : inputs) {
    ASSERT_GE(input.size(), k_megabyte);
    one_line_error(input);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::size_t growth = peak_rss_bytes() - before;
  EXPECT_LT(growth, bound) << growth / k_megabyte << " MB";
  EXPECT_LT(seconds, 10.0);
}

TEST(JsonHostile, MegabyteInputsInBoundedMemoryAndTime) {
  std::vector<std::string> inputs;
  inputs.push_back(repeat("[", k_megabyte));
  inputs.push_back(repeat(R"({"a":)", k_megabyte / 5 + 1));
  inputs.push_back(repeat("[", 60) + repeat("[[]],", k_megabyte / 5 + 1));
  inputs.push_back(document("[" + repeat(R"({"a":)", k_megabyte / 5 + 1) + "]"));
  std::string wide = "{";
  for (std::size_t i = 0; wide.size() < k_megabyte; ++i) {
    wide += "\"key" + std::to_string(i) + "\": [{}], ";
  }
  inputs.push_back(document(R"([{"schema": "s", "name": "t", "columns": [], "x": )" + wide + R"("key0": 0}}])"));
  inputs.push_back(wide + "\"last\": 0");
  inputs.push_back(document("[" + repeat(R"({"schema": "s", "name": "t", "columns": []}, )", k_megabyte / 40) + "1]"));
  check_bounded(inputs, 100 * k_megabyte);
}

}  // namespace
}  // namespace schemadiff
