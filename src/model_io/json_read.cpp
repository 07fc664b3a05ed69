// SPDX-License-Identifier: MIT
// Reads the snapshot format of docs/json-format.md, mirroring json_write.cpp: every
// field is read through JsonReader, which tracks the JSON path for error messages and
// rejects keys nobody read, on one element of a top-level array at a time
// (json_stream.cpp streams the document past).
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model_io/json_detail.hpp"
#include "model_io/json_stream.hpp"
#include "model_io/json_types.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/model_io/json.hpp"

namespace schemadiff::model_io {
namespace {

QualifiedName read_qualified(JsonReader& reader) {
  QualifiedName name;
  name.schema = reader.required_string("schema");
  name.name = reader.required_string("name");
  return name;
}

SequenceOptions read_sequence_options(JsonReader& reader) {
  SequenceOptions options;
  options.data_type = reader.required_string("data_type");
  options.start = reader.required_int64("start");
  options.increment = reader.required_int64("increment");
  options.min_value = reader.required_int64("min_value");
  options.max_value = reader.required_int64("max_value");
  options.cache = reader.required_int64("cache");
  options.cycle = reader.required_bool("cycle");
  return options;
}

Schema read_schema(JsonReader& reader) {
  Schema schema;
  schema.name = reader.required_string("name");
  schema.comment = reader.optional_string("comment");
  return schema;
}

Extension read_extension(JsonReader& reader) {
  Extension extension;
  extension.name = reader.required_string("name");
  extension.schema = reader.required_string("schema");
  extension.version = reader.required_string("version");
  extension.comment = reader.optional_string("comment");
  return extension;
}

EnumType read_enum(JsonReader& reader) {
  EnumType type;
  type.name = read_qualified(reader);
  type.labels = reader.required_strings("labels");
  type.comment = reader.optional_string("comment");
  return type;
}

Sequence read_sequence(JsonReader& reader) {
  Sequence sequence;
  sequence.name = read_qualified(reader);
  sequence.options = read_sequence_options(reader);
  sequence.owned_by = reader.optional_object("owned_by", [](JsonReader& owner) {
    ColumnRef ref;
    ref.table.schema = owner.required_string("schema");
    ref.table.name = owner.required_string("table");
    ref.column = owner.required_string("column");
    return ref;
  });
  sequence.comment = reader.optional_string("comment");
  return sequence;
}

Column read_column(JsonReader& reader) {
  Column column;
  column.name = reader.required_string("name");
  column.type = reader.required_string("type");
  column.not_null = reader.bool_or("not_null", false);
  column.default_expr = reader.optional_string("default");
  column.identity = reader.optional_object("identity", [](JsonReader& identity) {
    Identity result;
    result.kind = identity.required_enum<IdentityKind>("kind");
    result.options = read_sequence_options(identity);
    return result;
  });
  column.generated = reader.optional_string("generated");
  column.collation = reader.optional_string("collation");
  column.comment = reader.optional_string("comment");
  column.storage = reader.optional_enum<ColumnStorage>("storage");
  column.compression = reader.optional_string("compression");
  return column;
}

ConstraintKind read_constraint_kind(JsonReader& reader, ConstraintType type) {
  switch (type) {
    case ConstraintType::primary_key: {
      PrimaryKey key;
      key.columns = reader.required_strings("columns");
      key.include = reader.strings_or_empty("include");
      return key;
    }
    case ConstraintType::unique: {
      Unique unique;
      unique.columns = reader.required_strings("columns");
      unique.include = reader.strings_or_empty("include");
      unique.nulls = reader.enum_or("nulls", NullsDistinct::distinct);
      return unique;
    }
    case ConstraintType::check: {
      Check check;
      check.expression = reader.required_string("expression");
      check.no_inherit = reader.bool_or("no_inherit", false);
      return check;
    }
    case ConstraintType::foreign_key: {
      ForeignKey key;
      key.columns = reader.required_strings("columns");
      key.referenced_table = reader.required_object("referenced_table", read_qualified);
      key.referenced_columns = reader.required_strings("referenced_columns");
      key.match = reader.enum_or("match", ForeignKeyMatch::simple);
      key.on_delete = reader.enum_or("on_delete", ForeignKeyAction::no_action);
      key.on_update = reader.enum_or("on_update", ForeignKeyAction::no_action);
      return key;
    }
    case ConstraintType::exclusion: {
      Exclusion exclusion;
      exclusion.method = reader.required_string("method");
      return exclusion;
    }
  }
  return PrimaryKey{};
}

Constraint read_constraint(JsonReader& reader) {
  Constraint constraint;
  // The type decides which other keys belong, so it is checked before anything else.
  const auto type = reader.required_enum<ConstraintType>("type");
  reader.check_missing();
  constraint.name = reader.required_string("name");
  constraint.kind = read_constraint_kind(reader, type);
  constraint.deferrable = reader.bool_or("deferrable", false);
  constraint.initially_deferred = reader.bool_or("initially_deferred", false);
  constraint.validation = reader.enum_or("validation", Validation::validated);
  constraint.definition = reader.required_string("definition");
  constraint.comment = reader.optional_string("comment");
  return constraint;
}

Table read_table(JsonReader& reader) {
  Table table;
  table.name = read_qualified(reader);
  table.persistence = reader.enum_or("persistence", Persistence::logged);
  reader.each_object("columns", Presence::required, read_column, into_named_list(table.columns, "column"));
  reader.each_object("constraints", Presence::optional, read_constraint,
                     into_map(table.constraints, "constraint", [](const Constraint& c) { return c.name; }));
  table.storage_parameters = reader.strings_or_empty("storage_parameters");
  table.partition_key = reader.optional_string("partition_key");
  table.partition_of = reader.optional_object("partition_of", [](JsonReader& partition) {
    PartitionOf result;
    result.parent = read_qualified(partition);
    result.bound = partition.required_string("bound");
    return result;
  });
  table.comment = reader.optional_string("comment");
  reader.each_object("inherits", Presence::optional, read_qualified,
                     [&table](QualifiedName parent, const JsonReader&) { table.inherits.push_back(std::move(parent)); });
  table.replica_identity.kind = reader.enum_or("replica_identity", ReplicaIdentityKind::default_);
  const std::optional<std::string> identity_index = reader.optional_string("replica_identity_index");
  if (table.replica_identity.kind == ReplicaIdentityKind::index) {
    if (!identity_index) {
      reader.fail_at("replica_identity_index", "required when replica_identity is \"index\"");
    }
    table.replica_identity.index = *identity_index;
  } else if (identity_index) {
    reader.fail_at("replica_identity_index", "allowed only when replica_identity is \"index\"");
  }
  table.row_security.enabled = reader.bool_or("row_security", false);
  table.row_security.forced = reader.bool_or("force_row_security", false);
  return table;
}

IndexKey read_index_key(JsonReader& reader) {
  IndexKey key;
  const std::optional<std::string> column = reader.optional_string("column");
  const std::optional<std::string> expression = reader.optional_string("expression");
  key.opclass = reader.optional_string("opclass");
  key.collation = reader.optional_string("collation");
  key.order = reader.enum_or("order", SortOrder::asc);
  key.nulls = reader.enum_or("nulls", NullsOrder::last);
  // Unknown keys first, as for any missing key: "colum" is better reported as itself.
  reader.finish();
  if (column && expression) {
    reader.fail(R"(expected either "column" or "expression", not both)");
  }
  if (!column && !expression) {
    reader.fail(R"(missing required key "column" or "expression")");
  }
  key.is_expression = expression.has_value();
  key.expression = expression ? *expression : *column;
  return key;
}

Index read_index(JsonReader& reader) {
  Index index;
  index.name = read_qualified(reader);
  index.table = reader.required_object("table", read_qualified);
  index.method = reader.required_string("method");
  index.uniqueness = reader.enum_or("uniqueness", IndexUniqueness::non_unique);
  index.nulls_not_distinct = reader.bool_or("nulls_not_distinct", false);
  reader.each_object("keys", Presence::required, read_index_key,
                     [&](IndexKey key, const JsonReader&) { index.keys.push_back(std::move(key)); });
  index.include = reader.strings_or_empty("include");
  index.predicate = reader.optional_string("predicate");
  index.storage_parameters = reader.strings_or_empty("storage_parameters");
  index.definition = reader.required_string("definition");
  index.comment = reader.optional_string("comment");
  return index;
}

View read_view(JsonReader& reader) {
  View view;
  view.name = read_qualified(reader);
  reader.each_object(
      "columns", Presence::required,
      [](JsonReader& column) {
        ViewColumn result;
        result.name = column.required_string("name");
        result.type = column.required_string("type");
        return result;
      },
      into_named_list(view.columns, "column"));
  view.options = reader.strings_or_empty("options");
  view.definition = reader.required_string("definition");
  view.comment = reader.optional_string("comment");
  return view;
}

RoutineName read_routine_name(JsonReader& reader) {
  RoutineName name;
  name.name = read_qualified(reader);
  name.arguments = reader.required_string("arguments");
  return name;
}

Routine read_routine(JsonReader& reader) {
  Routine routine;
  routine.name = read_routine_name(reader);
  routine.kind = reader.required_enum<RoutineKind>("kind");
  routine.language = reader.required_string("language");
  routine.volatility = reader.required_enum<Volatility>("volatility");
  routine.result = reader.string_or("result", "");
  routine.definition = reader.required_string("definition");
  routine.comment = reader.optional_string("comment");
  return routine;
}

Trigger read_trigger(JsonReader& reader) {
  Trigger trigger;
  trigger.name.owner.schema = reader.required_string("schema");
  trigger.name.owner.name = reader.required_string("table");
  trigger.name.name = reader.required_string("name");
  trigger.timing = reader.required_enum<TriggerTiming>("timing");
  reader.each_object(
      "events", Presence::required,
      [](JsonReader& event) {
        TriggerEvent result;
        result.kind = event.required_enum<TriggerEventKind>("kind");
        result.columns = event.strings_or_empty("columns");
        return result;
      },
      [&](TriggerEvent event, const JsonReader&) { trigger.events.push_back(std::move(event)); });
  trigger.level = reader.required_enum<TriggerLevel>("level");
  trigger.when = reader.optional_string("when");
  trigger.function = reader.required_object("function", read_routine_name);
  trigger.definition = reader.required_string("definition");
  trigger.comment = reader.optional_string("comment");
  return trigger;
}

Dependency read_dependency(JsonReader& reader) {
  Dependency dependency;
  dependency.dependent = reader.required_object("dependent", read_object_ref);
  dependency.referenced = reader.required_object("referenced", read_object_ref);
  return dependency;
}

void read_header(JsonReader& root) {
  // Checked first and at once, so that any other JSON file gets this message rather
  // than a list of its keys.
  const std::string format = root.required_string("format");
  root.check_missing();
  if (format != k_format_name) {
    root.fail_at("format", "expected " + json_quote(k_format_name));
  }
  const std::int64_t version = root.required_int64("version");
  root.check_missing();
  if (version != k_format_version) {
    root.fail_at("version", "unsupported version " + std::to_string(version) + "; this schemadiff reads version " +
                                std::to_string(k_format_version));
  }
}

/// The sections in the order their errors take precedence: the order of the format.
SnapshotLayout snapshot_layout(SchemaModel& model, std::set<Dependency>& dependencies) {
  SnapshotLayout layout;
  layout.header_keys = {"format", "version"};
  layout.read_header = read_header;
  const auto qualified_identity = [](const auto& object) { return object.name; };
  std::vector<Section>& sections = layout.sections;
  sections.push_back(section("schemas", Presence::required, read_schema,
                             into_map(model.schemas, "schema", [](const Schema& s) { return s.name; })));
  sections.push_back(section("extensions", Presence::required, read_extension,
                             into_map(model.extensions, "extension", [](const Extension& e) { return e.name; })));
  sections.push_back(
      section("enums", Presence::required, read_enum, into_map(model.enums, "enum", qualified_identity)));
  sections.push_back(section("sequences", Presence::required, read_sequence,
                             into_map(model.sequences, "sequence", qualified_identity)));
  sections.push_back(
      section("tables", Presence::required, read_table, into_map(model.tables, "table", qualified_identity)));
  sections.push_back(
      section("indexes", Presence::required, read_index, into_map(model.indexes, "index", qualified_identity)));
  sections.push_back(
      section("views", Presence::required, read_view, into_map(model.views, "view", qualified_identity)));
  sections.push_back(section("materialized_views", Presence::required, read_view,
                             into_map(model.materialized_views, "materialized view", qualified_identity)));
  sections.push_back(section("routines", Presence::required, read_routine,
                             into_map(model.routines, "routine", qualified_identity)));
  sections.push_back(section("triggers", Presence::required, read_trigger,
                             into_map(model.triggers, "trigger", qualified_identity)));
  add_user_type_sections(sections, model);
  sections.push_back(section("dependencies", Presence::required, read_dependency,
                             [&dependencies](Dependency dependency, const JsonReader& element) {
                               if (!dependencies.insert(std::move(dependency)).second) {
                                 element.fail("duplicate dependency");
                               }
                             }));
  add_security_sections(sections, model);
  return layout;
}

}  // namespace

ObjectRef read_object_ref(JsonReader& reader) {
  ObjectRef ref;
  ref.kind = reader.required_enum<ObjectKind>("kind");
  ref.name = read_qualified(reader);
  ref.member = reader.string_or("member", "");
  return ref;
}

}  // namespace schemadiff::model_io

namespace schemadiff {

SchemaModel load_model_json(std::string_view text, const std::string& source) {
  using namespace model_io;
  SchemaModel model;
  std::set<Dependency> dependencies;
  read_snapshot(text, source, snapshot_layout(model, dependencies));
  model.dependencies.assign(dependencies.begin(), dependencies.end());
  return model;
}

}  // namespace schemadiff
