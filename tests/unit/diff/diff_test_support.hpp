// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "schemadiff/diff/diff.hpp"
#include "schemadiff/error.hpp"

// Builders for hand-made schema models and helpers to pick operations out of a diff.
namespace schemadiff::diff_test {

inline QualifiedName qn(std::string name) { return {"public", std::move(name)}; }

inline Column column(std::string name, std::string type = "integer") {
  Column result;
  result.name = std::move(name);
  result.type = std::move(type);
  return result;
}

inline Table table(const std::string& name, std::vector<Column> columns) {
  Table result;
  result.name = qn(name);
  result.columns = std::move(columns);
  return result;
}

inline Constraint primary_key(std::string name, std::vector<std::string> columns) {
  Constraint result;
  result.name = std::move(name);
  result.definition = "PRIMARY KEY (" + columns.front() + ")";
  result.kind = PrimaryKey{std::move(columns), {}};
  return result;
}

inline Constraint check(std::string name, const std::string& expression) {
  Constraint result;
  result.name = std::move(name);
  result.kind = Check{expression, false};
  result.definition = "CHECK (" + expression + ")";
  return result;
}

inline Constraint foreign_key(std::string name, std::vector<std::string> columns, const std::string& target,
                              std::vector<std::string> target_columns) {
  Constraint result;
  result.name = std::move(name);
  result.definition = "FOREIGN KEY (" + columns.front() + ") REFERENCES public." + target;
  ForeignKey kind;
  kind.columns = std::move(columns);
  kind.referenced_table = qn(target);
  kind.referenced_columns = std::move(target_columns);
  result.kind = std::move(kind);
  return result;
}

inline void add(Table& table, Constraint constraint) {
  std::string name = constraint.name;
  table.constraints.emplace(std::move(name), std::move(constraint));
}

inline Index index(const std::string& name, const std::string& on, std::vector<std::string> columns) {
  Index result;
  result.name = qn(name);
  result.table = qn(on);
  result.method = "btree";
  for (std::string& key : columns) {
    IndexKey index_key;
    index_key.expression = std::move(key);
    result.keys.push_back(std::move(index_key));
  }
  result.definition = "CREATE INDEX " + name + " ON public." + on + " USING btree (...)";
  return result;
}

inline View view(const std::string& name, std::string definition, std::vector<ViewColumn> columns) {
  View result;
  result.name = qn(name);
  result.definition = std::move(definition);
  result.columns = std::move(columns);
  return result;
}

inline Routine function(const std::string& name, std::string arguments, std::string result_type,
                        std::string body) {
  Routine result;
  result.name = {qn(name), std::move(arguments)};
  result.language = "plpgsql";
  result.result = std::move(result_type);
  result.definition = "CREATE OR REPLACE FUNCTION public." + name + "() " + std::move(body);
  return result;
}

inline Trigger trigger(const std::string& on, const std::string& name, const std::string& function_name) {
  Trigger result;
  result.name = {qn(on), name};
  result.events = {TriggerEvent{TriggerEventKind::insert, {}}};
  result.function = {qn(function_name), ""};
  result.definition = "CREATE TRIGGER " + name + " AFTER INSERT ON public." + on;
  return result;
}

inline Sequence sequence(const std::string& name) {
  Sequence result;
  result.name = qn(name);
  return result;
}

inline EnumType enum_type(const std::string& name, std::vector<std::string> labels) {
  return EnumType{qn(name), std::move(labels), std::nullopt};
}

inline void put(SchemaModel& model, Table value) { model.tables.insert_or_assign(value.name, std::move(value)); }
inline void put(SchemaModel& model, Index value) { model.indexes.insert_or_assign(value.name, std::move(value)); }
inline void put(SchemaModel& model, View value) { model.views.insert_or_assign(value.name, std::move(value)); }
inline void put(SchemaModel& model, Routine value) { model.routines.insert_or_assign(value.name, std::move(value)); }
inline void put(SchemaModel& model, Trigger value) { model.triggers.insert_or_assign(value.name, std::move(value)); }
inline void put(SchemaModel& model, Sequence value) { model.sequences.insert_or_assign(value.name, std::move(value)); }
inline void put(SchemaModel& model, EnumType value) { model.enums.insert_or_assign(value.name, std::move(value)); }

inline void depends(SchemaModel& model, ObjectRef dependent, ObjectRef referenced) {
  model.dependencies.push_back(Dependency{std::move(dependent), std::move(referenced)});
  std::sort(model.dependencies.begin(), model.dependencies.end());
}

inline ObjectRef ref(ObjectKind kind, const std::string& name, std::string member = {}) {
  return ObjectRef{kind, qn(name), std::move(member)};
}

inline ObjectRef view_ref_of(const std::string& name) { return ref(ObjectKind::view, name); }

/// The operations of type T, in diff order.
template <typename T>
std::vector<T> all_of(const std::vector<Operation>& operations) {
  std::vector<T> result;
  for (const Operation& operation : operations) {
    if (const auto* typed = std::get_if<T>(&operation)) {
      result.push_back(*typed);
    }
  }
  return result;
}

template <typename T>
std::size_t count_of(const std::vector<Operation>& operations) {
  return all_of<T>(operations).size();
}

template <typename T>
bool has(const std::vector<Operation>& operations, const T& operation) {
  return std::find(operations.begin(), operations.end(), Operation{operation}) != operations.end();
}

inline Table& table_of(SchemaModel& model, const std::string& name) { return model.tables.at(qn(name)); }

inline Column& column_of(SchemaModel& model, const std::string& table_name, const std::string& name) {
  for (Column& candidate : table_of(model, table_name).columns) {
    if (candidate.name == name) {
      return candidate;
    }
  }
  throw Error("no column " + name);
}

/// A model with an object of every kind, comments on each, and their dependencies.
inline SchemaModel sample_model() {
  SchemaModel model;
  model.schemas.emplace("public", Schema{"public", "standard public schema"});
  model.extensions.emplace("citext", Extension{"citext", "public", "1.6", "case-insensitive text"});
  EnumType mood = enum_type("mood", {"sad", "ok", "happy"});
  mood.comment = "how it feels";
  put(model, mood);
  Sequence code_seq = sequence("code_seq");
  code_seq.owned_by = ColumnRef{qn("cameras"), "code"};
  code_seq.comment = "codes";
  put(model, code_seq);

  Table cameras = table("cameras", {column("id"), column("code"), column("name", "text"), column("mood", "public.mood")});
  cameras.columns[0].not_null = true;
  cameras.columns[1].comment = "short code";
  cameras.comment = "one row per camera";
  Constraint cameras_pkey = primary_key("cameras_pkey", {"id"});
  cameras_pkey.comment = "the key";
  add(cameras, cameras_pkey);
  put(model, cameras);

  Table events = table("events", {column("id"), column("camera_id"), column("moods", "public.mood[]")});
  add(events, primary_key("events_pkey", {"id"}));
  add(events, foreign_key("events_camera_id_fkey", {"camera_id"}, "cameras", {"id"}));
  put(model, events);

  Index by_name = index("cameras_name_idx", "cameras", {"name"});
  by_name.comment = "lookups";
  put(model, by_name);

  View summary = view("camera_summary", "SELECT id, name FROM public.cameras;",
                      {{"id", "integer"}, {"name", "text"}});
  summary.comment = "summary";
  put(model, summary);
  depends(model, view_ref_of("camera_summary"), ref(ObjectKind::column, "cameras", "id"));
  depends(model, view_ref_of("camera_summary"), ref(ObjectKind::column, "cameras", "name"));

  View counts = view("event_counts", "SELECT camera_id, count(*) AS n FROM public.events GROUP BY camera_id;",
                     {{"camera_id", "integer"}, {"n", "bigint"}});
  model.materialized_views.emplace(counts.name, counts);
  put(model, index("event_counts_idx", "event_counts", {"camera_id"}));
  depends(model, ref(ObjectKind::materialized_view, "event_counts"), ref(ObjectKind::column, "events", "camera_id"));

  Routine notify = function("notify", "", "trigger", "RETURNS trigger AS $$ BEGIN RETURN NEW; END $$");
  notify.comment = "wakes up";
  put(model, notify);
  Trigger on_insert = trigger("events", "events_notify", "notify");
  on_insert.comment = "notify";
  put(model, on_insert);
  depends(model, ObjectRef{ObjectKind::trigger, qn("events"), "events_notify"},
          ObjectRef{ObjectKind::routine, qn("notify"), ""});
  return model;
}

}  // namespace schemadiff::diff_test
