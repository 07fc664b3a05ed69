// SPDX-License-Identifier: MIT
#pragma once

#include "introspect/catalog.hpp"
#include "schemadiff/introspect/introspect.hpp"

namespace schemadiff::introspection {

// One function per catalog query, called in this order: each may rely on what the
// earlier ones put into the Catalog (schemas before everything, relations before their
// columns, columns before identity sequences, everything before comments and
// dependencies).

/// Fills model.schemas and selects the schemas the other queries read. Throws Error
/// `schema "x" does not exist` for an included schema that is not there.
void load_schemas(Catalog& catalog, const IntrospectOptions& options);
void load_extensions(Catalog& catalog);
void load_enums(Catalog& catalog);
void load_tables(Catalog& catalog);
void load_views(Catalog& catalog);
void load_columns(Catalog& catalog);
void load_sequences(Catalog& catalog);
void load_constraints(Catalog& catalog);
void load_indexes(Catalog& catalog);
void load_routines(Catalog& catalog);
void load_triggers(Catalog& catalog);
void load_comments(Catalog& catalog);
void load_dependencies(Catalog& catalog);
/// Row-level security switches, policies and the dependencies of their expressions
/// (before load_dependencies, which sorts the list).
void load_policies(Catalog& catalog);
void load_owners(Catalog& catalog);
void load_privileges(Catalog& catalog);
void load_unmanaged(Catalog& catalog);
// Run after load_enums, before load_tables.
void load_collations(Catalog& catalog);
void load_domains(Catalog& catalog);
void load_composite_types(Catalog& catalog);
void load_range_types(Catalog& catalog);

}  // namespace schemadiff::introspection
