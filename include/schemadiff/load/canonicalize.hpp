// SPDX-License-Identifier: MIT
#pragma once

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff {

class Database;

/// Makes `to` agree with `from` where they differ only in how PostgreSQL printed an
/// expression.
///
/// The server's deparsed text is not always a fixed point: `CHECK (status IN ('a','b'))`
/// on a varchar column prints as `... = ANY ((ARRAY[...])::text[])`, and adding that text
/// again prints `... = ANY (ARRAY[(...)::text, ...])`. A database migrated with the
/// printed text and a model built from the original DDL would then differ forever.
///
/// Handled: CHECK constraints present on both sides (same table, same name) and partial
/// index predicates (same index, same table) whose texts differ. Each side's expression
/// is added to a temporary table with that side's columns on `db`, and printed again; if
/// the two prints agree (or one side's print is the other side's text), `to` takes
/// `from`'s text, so the differ sees no change. Everything happens in one transaction
/// that is always rolled back, in a fixed number of round trips: the database is left as
/// it was. An expression that cannot be added on `db` (a function or type it does not
/// have, no TEMP privilege, a read-only server) leaves that pair as it is. `db` must not
/// be inside a transaction. Throws Error (with the DatabaseError nested) if the server cannot
/// be used at all.
void canonicalize_expressions(const SchemaModel& from, SchemaModel& to, Database& db);

}  // namespace schemadiff
