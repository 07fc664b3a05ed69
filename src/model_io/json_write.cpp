// SPDX-License-Identifier: MIT
// Writes the snapshot format of docs/json-format.md. Keys are set in the documented
// order (the Json type keeps insertion order); a field with a default is left out when it
// holds that default, an optional one when it is absent. The reader mirrors this file.
#include <algorithm>
#include <functional>
#include <ostream>
#include <sstream>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model_io/json_detail.hpp"
#include "model_io/json_types.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/model_io/json.hpp"

namespace schemadiff::model_io {
namespace {

void put_optional(Json& object, const char* key, const std::optional<std::string>& value) {
  if (value) {
    object[key] = *value;
  }
}

void put_unless_false(Json& object, const char* key, bool value) {
  if (value) {
    object[key] = true;
  }
}

void put_unless_empty(Json& object, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) {
    object[key] = values;
  }
}

template <typename E>
void put_enum(Json& object, const char* key, E value) {
  object[key] = std::string(json_name(value));
}

template <typename E>
void put_enum_unless(Json& object, const char* key, E value, E fallback) {
  if (value != fallback) {
    put_enum(object, key, value);
  }
}

Json qualified(const QualifiedName& name) {
  Json object = Json::object();
  object["schema"] = name.schema;
  object["name"] = name.name;
  return object;
}

void put_sequence_options(Json& object, const SequenceOptions& options) {
  object["data_type"] = options.data_type;
  object["start"] = options.start;
  object["increment"] = options.increment;
  object["min_value"] = options.min_value;
  object["max_value"] = options.max_value;
  object["cache"] = options.cache;
  object["cycle"] = options.cycle;
}

Json schema_json(const Schema& schema) {
  Json object = Json::object();
  object["name"] = schema.name;
  put_optional(object, "comment", schema.comment);
  return object;
}

Json extension_json(const Extension& extension) {
  Json object = Json::object();
  object["name"] = extension.name;
  object["schema"] = extension.schema;
  object["version"] = extension.version;
  put_optional(object, "comment", extension.comment);
  return object;
}

Json enum_json(const EnumType& type) {
  Json object = qualified(type.name);
  object["labels"] = type.labels;
  put_optional(object, "comment", type.comment);
  return object;
}

Json sequence_json(const Sequence& sequence) {
  Json object = qualified(sequence.name);
  put_sequence_options(object, sequence.options);
  if (sequence.owned_by) {
    Json owner = Json::object();
    owner["schema"] = sequence.owned_by->table.schema;
    owner["table"] = sequence.owned_by->table.name;
    owner["column"] = sequence.owned_by->column;
    object["owned_by"] = std::move(owner);
  }
  put_optional(object, "comment", sequence.comment);
  return object;
}

Json column_json(const Column& column) {
  Json object = Json::object();
  object["name"] = column.name;
  object["type"] = column.type;
  put_unless_false(object, "not_null", column.not_null);
  put_optional(object, "default", column.default_expr);
  if (column.identity) {
    Json identity = Json::object();
    put_enum(identity, "kind", column.identity->kind);
    put_sequence_options(identity, column.identity->options);
    object["identity"] = std::move(identity);
  }
  put_optional(object, "generated", column.generated);
  put_optional(object, "collation", column.collation);
  put_optional(object, "comment", column.comment);
  if (column.storage) {
    put_enum(object, "storage", *column.storage);
  }
  put_optional(object, "compression", column.compression);
  return object;
}

/// The fields of each constraint kind, after `type`.
struct KindFields {
  Json& object;

  void operator()(const PrimaryKey& key) const {
    object["columns"] = key.columns;
    put_unless_empty(object, "include", key.include);
  }
  void operator()(const Unique& unique) const {
    object["columns"] = unique.columns;
    put_unless_empty(object, "include", unique.include);
    put_enum_unless(object, "nulls", unique.nulls, NullsDistinct::distinct);
  }
  void operator()(const Check& check) const {
    object["expression"] = check.expression;
    put_unless_false(object, "no_inherit", check.no_inherit);
  }
  void operator()(const ForeignKey& key) const {
    object["columns"] = key.columns;
    object["referenced_table"] = qualified(key.referenced_table);
    object["referenced_columns"] = key.referenced_columns;
    put_enum_unless(object, "match", key.match, ForeignKeyMatch::simple);
    put_enum_unless(object, "on_delete", key.on_delete, ForeignKeyAction::no_action);
    put_enum_unless(object, "on_update", key.on_update, ForeignKeyAction::no_action);
  }
  void operator()(const Exclusion& exclusion) const { object["method"] = exclusion.method; }
};

Json constraint_json(const Constraint& constraint) {
  Json object = Json::object();
  object["name"] = constraint.name;
  put_enum(object, "type", constraint_type(constraint.kind));
  std::visit(KindFields{object}, constraint.kind);
  put_unless_false(object, "deferrable", constraint.deferrable);
  put_unless_false(object, "initially_deferred", constraint.initially_deferred);
  put_enum_unless(object, "validation", constraint.validation, Validation::validated);
  object["definition"] = constraint.definition;
  put_optional(object, "comment", constraint.comment);
  return object;
}

Json table_json(const Table& table) {
  Json object = qualified(table.name);
  put_enum_unless(object, "persistence", table.persistence, Persistence::logged);
  Json columns = Json::array();
  for (const Column& column : table.columns) {
    columns.push_back(column_json(column));
  }
  object["columns"] = std::move(columns);
  if (!table.constraints.empty()) {
    Json constraints = Json::array();
    for (const auto& [name, constraint] : table.constraints) {
      constraints.push_back(constraint_json(constraint));
    }
    object["constraints"] = std::move(constraints);
  }
  put_unless_empty(object, "storage_parameters", table.storage_parameters);
  put_optional(object, "partition_key", table.partition_key);
  if (table.partition_of) {
    Json partition = qualified(table.partition_of->parent);
    partition["bound"] = table.partition_of->bound;
    object["partition_of"] = std::move(partition);
  }
  put_optional(object, "comment", table.comment);
  if (!table.inherits.empty()) {
    Json parents = Json::array();
    for (const QualifiedName& parent : table.inherits) {
      parents.push_back(qualified(parent));
    }
    object["inherits"] = std::move(parents);
  }
  put_enum_unless(object, "replica_identity", table.replica_identity.kind, ReplicaIdentityKind::default_);
  if (table.replica_identity.kind == ReplicaIdentityKind::index) {
    object["replica_identity_index"] = table.replica_identity.index;
  }
  put_unless_false(object, "row_security", table.row_security.enabled);
  put_unless_false(object, "force_row_security", table.row_security.forced);
  return object;
}

Json index_key_json(const IndexKey& key) {
  Json object = Json::object();
  object[key.is_expression ? "expression" : "column"] = key.expression;
  put_optional(object, "opclass", key.opclass);
  put_optional(object, "collation", key.collation);
  put_enum_unless(object, "order", key.order, SortOrder::asc);
  put_enum_unless(object, "nulls", key.nulls, NullsOrder::last);
  return object;
}

Json index_json(const Index& index) {
  Json object = qualified(index.name);
  object["table"] = qualified(index.table);
  object["method"] = index.method;
  put_enum_unless(object, "uniqueness", index.uniqueness, IndexUniqueness::non_unique);
  put_unless_false(object, "nulls_not_distinct", index.nulls_not_distinct);
  Json keys = Json::array();
  for (const IndexKey& key : index.keys) {
    keys.push_back(index_key_json(key));
  }
  object["keys"] = std::move(keys);
  put_unless_empty(object, "include", index.include);
  put_optional(object, "predicate", index.predicate);
  put_unless_empty(object, "storage_parameters", index.storage_parameters);
  object["definition"] = index.definition;
  put_optional(object, "comment", index.comment);
  return object;
}

Json view_json(const View& view) {
  Json object = qualified(view.name);
  Json columns = Json::array();
  for (const ViewColumn& column : view.columns) {
    Json entry = Json::object();
    entry["name"] = column.name;
    entry["type"] = column.type;
    columns.push_back(std::move(entry));
  }
  object["columns"] = std::move(columns);
  put_unless_empty(object, "options", view.options);
  object["definition"] = view.definition;
  put_optional(object, "comment", view.comment);
  return object;
}

Json routine_name_json(const RoutineName& name) {
  Json object = qualified(name.name);
  object["arguments"] = name.arguments;
  return object;
}

Json routine_json(const Routine& routine) {
  Json object = routine_name_json(routine.name);
  put_enum(object, "kind", routine.kind);
  object["language"] = routine.language;
  put_enum(object, "volatility", routine.volatility);
  if (!routine.result.empty()) {
    object["result"] = routine.result;
  }
  object["definition"] = routine.definition;
  put_optional(object, "comment", routine.comment);
  return object;
}

Json trigger_json(const Trigger& trigger) {
  Json object = Json::object();
  object["schema"] = trigger.name.owner.schema;
  object["table"] = trigger.name.owner.name;
  object["name"] = trigger.name.name;
  put_enum(object, "timing", trigger.timing);
  Json events = Json::array();
  for (const TriggerEvent& event : trigger.events) {
    Json entry = Json::object();
    put_enum(entry, "kind", event.kind);
    put_unless_empty(entry, "columns", event.columns);
    events.push_back(std::move(entry));
  }
  object["events"] = std::move(events);
  put_enum(object, "level", trigger.level);
  put_optional(object, "when", trigger.when);
  object["function"] = routine_name_json(trigger.function);
  object["definition"] = trigger.definition;
  put_optional(object, "comment", trigger.comment);
  return object;
}

// The snapshot of a large schema is tens of megabytes: building it as one DOM would cost
// several times the model's own memory. Each top-level array is written element by
// element instead, in exactly the layout nlohmann's dump(2) gives a whole document.
class StreamingDocument {
 public:
  explicit StreamingDocument(std::ostream& out) : m_out(out) {}

  void scalar(const char* key, const Json& value) { open_member(key) << value.dump(); }

  template <typename Range, typename ToJson>
  void array(const char* key, const Range& range, ToJson to_json) {
    std::ostream& out = open_member(key);
    bool empty = true;
    for (const auto& element : range) {
      out << (empty ? "[\n    " : ",\n    ");
      write_indented(to_json(element).dump(2));
      empty = false;
    }
    out << (empty ? "[]" : "\n  ]");
  }

  void finish() { m_out << (m_empty ? "{}\n" : "\n}\n"); }

 private:
  std::ostream& open_member(const char* key) {
    m_out << (m_empty ? "{\n  " : ",\n  ") << Json(key).dump() << ": ";
    m_empty = false;
    return m_out;
  }

  // An element sits two levels deep: every line after its first moves right by 4.
  void write_indented(const std::string& element) {
    std::size_t start = 0;
    for (std::size_t newline = element.find('\n'); newline != std::string::npos;
         newline = element.find('\n', start)) {
      m_out.write(element.data() + start, static_cast<std::streamsize>(newline + 1 - start));
      m_out << "    ";
      start = newline + 1;
    }
    m_out.write(element.data() + start, static_cast<std::streamsize>(element.size() - start));
  }

  std::ostream& m_out;
  bool m_empty = true;
};

template <typename Map>
auto values_of(const Map& map) {
  std::vector<std::reference_wrapper<const typename Map::mapped_type>> values;
  values.reserve(map.size());
  for (const auto& [key, value] : map) {
    values.emplace_back(value);
  }
  return values;
}

Json dependency_json(const Dependency& dependency) {
  Json object = Json::object();
  object["dependent"] = object_ref_json(dependency.dependent);
  object["referenced"] = object_ref_json(dependency.referenced);
  return object;
}

}  // namespace

Json object_ref_json(const ObjectRef& ref) {
  Json object = Json::object();
  put_enum(object, "kind", ref.kind);
  object["schema"] = ref.name.schema;
  object["name"] = ref.name.name;
  if (!ref.member.empty()) {
    object["member"] = ref.member;
  }
  return object;
}

}  // namespace schemadiff::model_io

namespace schemadiff {

std::string dump_model_json(const SchemaModel& model) {
  std::ostringstream out;
  write_model_json(model, out);
  return std::move(out).str();
}

void write_model_json(const SchemaModel& model, std::ostream& out) {
  using namespace model_io;
  // The model promises sorted, unique dependencies; normalizing here keeps the output
  // deterministic even for a model built by hand.
  std::vector<Dependency> dependencies = model.dependencies;
  std::sort(dependencies.begin(), dependencies.end());
  dependencies.erase(std::unique(dependencies.begin(), dependencies.end()), dependencies.end());
  try {
    StreamingDocument document(out);
    document.scalar("format", std::string(k_format_name));
    document.scalar("version", k_format_version);
    document.array("schemas", values_of(model.schemas), [](const Schema& x) { return schema_json(x); });
    document.array("extensions", values_of(model.extensions), [](const Extension& x) { return extension_json(x); });
    document.array("enums", values_of(model.enums), [](const EnumType& x) { return enum_json(x); });
    document.array("sequences", values_of(model.sequences), [](const Sequence& x) { return sequence_json(x); });
    document.array("tables", values_of(model.tables), [](const Table& x) { return table_json(x); });
    document.array("indexes", values_of(model.indexes), [](const Index& x) { return index_json(x); });
    document.array("views", values_of(model.views), [](const View& x) { return view_json(x); });
    document.array("materialized_views", values_of(model.materialized_views),
                   [](const View& x) { return view_json(x); });
    document.array("routines", values_of(model.routines), [](const Routine& x) { return routine_json(x); });
    document.array("triggers", values_of(model.triggers), [](const Trigger& x) { return trigger_json(x); });
    // Newer kinds, written only when present so that older snapshots stay byte-identical.
    const auto unless_empty = [&document](const char* key, const auto& map, auto to_json) {
      if (!map.empty()) {
        document.array(key, values_of(map), to_json);
      }
    };
    unless_empty("collations", model.collations, collation_json);
    unless_empty("domains", model.domains, domain_json);
    unless_empty("composite_types", model.composite_types, composite_type_json);
    unless_empty("range_types", model.range_types, range_type_json);
    document.array("dependencies", dependencies, dependency_json);
    if (!model.policies.empty()) {
      document.array("policies", values_of(model.policies), policy_json);
    }
    if (!model.privileges.empty()) {
      document.array("privileges", model.privileges,
                     [](const auto& entry) { return privileges_json(entry.first, entry.second); });
    }
    if (!model.owners.empty()) {
      document.array("owners", model.owners, [](const auto& entry) { return owner_json(entry.first, entry.second); });
    }
    if (!model.unmanaged.empty()) {
      document.array("unmanaged", model.unmanaged, unmanaged_json);
    }
    document.finish();
  } catch (const Json::type_error& e) {
    // The catalog hands out UTF-8; anything else is a bug upstream worth stopping on.
    const std::string what = e.what();
    const std::size_t reason = what.find("] ");
    throw ModelError("", "cannot write the model as JSON: " +
                             (reason == std::string::npos ? what : what.substr(reason + 2)));
  }
}

}  // namespace schemadiff
