// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "schemadiff/diff/diff.hpp"
#include "schemadiff/engine/scratch_server.hpp"
#include "schemadiff/engine/version_tables.hpp"
#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/plan/plan.hpp"
#include "schemadiff/revision/revision_graph.hpp"

namespace schemadiff {

/// A live database (a libpq URL or keyword string), introspected. With `version_tables`,
/// schemadiff's own bookkeeping tables are left out of its model.
struct DatabaseSource {
  std::string url;
  std::optional<VersionTables> version_tables;
};

/// A JSON snapshot file written by `inspect --format json`.
struct SnapshotSource {
  std::string path;
};

/// Declared models (a directory of .sql files or one .sql file), applied in a scratch
/// database; their rename hints take part in the comparison.
struct ModelsSource {
  std::string location;
};

/// The schema `revisions` (in that order) imply, replayed in a scratch database.
struct HistorySource {
  std::reference_wrapper<const RevisionGraph> graph;
  std::vector<std::string> revisions;
};

/// A model already loaded (by an earlier comparison's replay, say).
struct LoadedSource {
  SchemaModel model;
};

/// One side of a comparison.
using ModelSource = std::variant<DatabaseSource, SnapshotSource, ModelsSource, HistorySource, LoadedSource>;

/// Which plans a comparison makes: `from` into `to` (forward), `to` back into `from`
/// (backward), or both (a revision's upgrade and downgrade).
enum class Directions { forward, backward, both };

struct CompareOptions {
  /// What to compare (privileges, owners) and the renames of `--rename` flags, read from
  /// `from` to `to`. The rename hints of declared models are added to them: those of a
  /// `to` side as they are, those of a `from` side reversed.
  DiffOptions diff;
  IntrospectOptions introspect;
  Directions directions = Directions::forward;
  /// Context of errors while reading each side (e.g. "reading --from"); empty: none.
  std::string from_context;
  std::string to_context;
};

/// The operations from one side to the other, ordered, with what a rename hint could
/// make of them.
struct PlannedChange {
  Plan plan;
  /// Drops and creates of look-alike objects that a rename hint would turn into renames.
  std::vector<std::string> rename_suggestions;
};

/// What a comparison found. Nothing here has been printed: callers report it.
struct Comparison {
  std::optional<PlannedChange> forward;   ///< with Directions::forward or both
  std::optional<PlannedChange> backward;  ///< with Directions::backward or both
  /// Objects of kinds schemadiff does not manage, per side: left out of the plans.
  std::set<UnmanagedObject> unmanaged_from;
  std::set<UnmanagedObject> unmanaged_to;
  /// Other warnings, one sentence each (a scratch server of another major version than
  /// the database the models are compared with).
  std::vector<std::string> warnings;
};

/// The warning for declared models normalized by a scratch server of another major
/// version than the database they are compared with (server_version_num values): some
/// DDL (view text, say) prints differently there and would show as changes.
std::optional<std::string> scratch_version_warning(int scratch_version, int target_version);

/// Loads one side: introspects a database, reads a snapshot, applies declared models or
/// replays history on `scratch`.
SchemaModel load_source(const ModelSource& source, ScratchServer& scratch, const IntrospectOptions& introspect);

/// The comparison use case: loads both sides (declared models and history on `scratch`),
/// makes their expressions agree where PostgreSQL merely prints them differently
/// (canonicalize_expressions, on the database side if there is one, else on the scratch
/// server if it is in use, else not at all), diffs with the renames, and plans.
Comparison compare(const ModelSource& from, const ModelSource& to, ScratchServer& scratch,
                   const CompareOptions& options);

}  // namespace schemadiff
