// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "introspect/fields.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/pg/database.hpp"

namespace schemadiff::introspection {

inline constexpr std::size_t k_not_in_model = static_cast<std::size_t>(-1);

/// What a pg_class oid is in the model: a table, view, materialized view, sequence or
/// index, or the constraint a PRIMARY KEY / UNIQUE / EXCLUDE index stands for.
struct Relation {
  explicit Relation(ObjectRef object) : ref(std::move(object)) {}

  ObjectRef ref;
  Table* table = nullptr;  ///< set for tables
  View* view = nullptr;    ///< set for views and materialized views
  /// Column names by attnum (index 0 and dropped columns: empty).
  std::vector<std::string> column_names;
  /// Position in table->columns by attnum, for tables; k_not_in_model for a column the
  /// table inherits (INHERITS, not partitions).
  std::vector<std::size_t> column_slots;
  /// For indexes: the oid of the table or materialized view they are on.
  Oid owner = 0;
};

/// The names of `attnums` of `relation`, in that order. Throws Error for an attnum it
/// did not load (dropped, or a system column).
std::vector<std::string> column_names(const Relation& relation,
                                      const std::vector<std::int64_t>& attnums);

/// A reference to a model object; `member` as ObjectRef documents it.
ObjectRef object_ref(ObjectKind kind, QualifiedName name, std::string member = {});

/// An object that lives inside a relation (a constraint or trigger), with the relation's
/// oid so that dependencies on it can be told from dependencies on its owner.
struct Member {
  ObjectRef ref;
  Oid owner = 0;
};

/// State of one introspection: the model being filled and, for each catalog, the oids
/// loaded so far, so that later queries (columns, comments, dependencies) can attach
/// their rows by oid without a query per object.
class Catalog {
 public:
  Catalog(Database& db, int server_version);

  /// Runs introspection/<name>.sql, which takes no parameters.
  ResultSet query(std::string_view name);
  /// Runs introspection/<name>.sql with $1 = the oids of the selected schemas.
  ResultSet query_in_schemas(std::string_view name);

  /// Called once the schemas are known; the text form of an oid[] for $1.
  void set_selected_schemas(const std::vector<Oid>& oids);

  Relation* find_relation(Oid oid);

  SchemaModel model;
  std::unordered_map<Oid, std::string> schemas;
  std::unordered_map<Oid, std::string> extensions;
  /// Enum types and their array types, both to the enum.
  std::unordered_map<Oid, QualifiedName> enums;
  std::unordered_map<Oid, Relation> relations;
  std::unordered_map<Oid, RoutineName> routines;
  std::unordered_map<Oid, Member> constraints;
  std::unordered_map<Oid, Member> triggers;
  std::unordered_map<Oid, QualifiedName> collations;
  /// Domains, composite and range types, and the array and multirange types that stand
  /// for them, to the model object.
  std::unordered_map<Oid, ObjectRef> user_types;

 private:
  Database& m_db;
  int m_server_version;
  std::string m_schema_oids = "{}";
};

}  // namespace schemadiff::introspection
