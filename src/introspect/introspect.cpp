// SPDX-License-Identifier: MIT
#include "schemadiff/introspect/introspect.hpp"

#include <fmt/format.h>

#include "introspect/catalog.hpp"
#include "introspect/loaders.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/pg/transaction.hpp"

namespace schemadiff {
namespace {

constexpr int k_min_server_version = 120000;

SchemaModel read_catalog(Database& db, int server_version, const IntrospectOptions& options) {
  // Local to the transaction, so the caller's session keeps its search_path. With it
  // empty, every deparser (format_type, pg_get_expr, pg_get_*def) qualifies names outside
  // pg_catalog, whatever the session had.
  db.execute("SELECT pg_catalog.set_config('search_path', '', true)");
  // The planner badly overestimates catalog joins (generate_series over index columns
  // guesses 1000 rows per index), so with PostgreSQL's default jit=on it spends over a
  // second compiling each big query: a fixed cost that doubles a small inspect.
  db.execute("SELECT pg_catalog.set_config('jit', 'off', true)");
  // With standard_conforming_strings off the deparser prints a literal with a backslash
  // as E'...' with the backslash doubled: the same default would compare unequal between
  // a database that sets it off and one that does not.
  db.execute("SELECT pg_catalog.set_config('standard_conforming_strings', 'on', true)");
  introspection::Catalog catalog(db, server_version);
  introspection::load_schemas(catalog, options);
  introspection::load_extensions(catalog);
  introspection::load_enums(catalog);
  introspection::load_collations(catalog);
  introspection::load_domains(catalog);
  introspection::load_composite_types(catalog);
  introspection::load_range_types(catalog);
  introspection::load_tables(catalog);
  introspection::load_views(catalog);
  introspection::load_columns(catalog);
  introspection::load_sequences(catalog);
  introspection::load_constraints(catalog);
  introspection::load_indexes(catalog);
  introspection::load_routines(catalog);
  introspection::load_triggers(catalog);
  introspection::load_comments(catalog);
  introspection::load_policies(catalog);
  introspection::load_dependencies(catalog);
  introspection::load_owners(catalog);
  introspection::load_privileges(catalog);
  introspection::load_unmanaged(catalog);
  return std::move(catalog.model);
}

}  // namespace

SchemaModel introspect(Database& db, const IntrospectOptions& options) {
  const int server_version = db.server_version();
  if (server_version < k_min_server_version) {
    throw Error(fmt::format("PostgreSQL 12 or later is required; the server is version {}.{}",
                            server_version / 10000, server_version % 10000));
  }
  // One snapshot for all queries, so that objects created or dropped meanwhile cannot
  // leave the model half-updated (a column without its table, a dependency on nothing).
  Transaction transaction(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  SchemaModel model = read_catalog(db, server_version, options);
  transaction.commit();
  return model;
}

}  // namespace schemadiff
