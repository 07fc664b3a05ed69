// SPDX-License-Identifier: MIT
#include "schemadiff/engine/compare.hpp"

#include <fmt/format.h>

#include "schemadiff/diff/renames.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/load/canonicalize.hpp"
#include "schemadiff/model_io/json.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/read_file.hpp"

namespace schemadiff {
namespace {

// A side as loaded, with what the rest of the comparison needs to know about it.
struct LoadedSide {
  SchemaModel model;
  std::vector<Rename> hints;     ///< of declared models
  std::string database_url;      ///< of a database side
  int database_version = 0;      ///< server_version_num of a database side
  bool declared = false;
};

LoadedSide load_side(const ModelSource& source, ScratchServer& scratch, const IntrospectOptions& introspect_options) {
  LoadedSide side;
  std::visit(
      [&](const auto& s) {
        using S = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<S, DatabaseSource>) {
          Database db = Database::connect(s.url);
          side.model = with_context("inspecting the database", [&] { return introspect(db, introspect_options); });
          if (s.version_tables) {
            strip_version_tables(side.model, *s.version_tables);
          }
          side.database_url = s.url;
          side.database_version = db.server_version();
        } else if constexpr (std::is_same_v<S, SnapshotSource>) {
          side.model = load_model_json(read_file(s.path), s.path);
        } else if constexpr (std::is_same_v<S, ModelsSource>) {
          DeclaredModel declared = with_context(fmt::format("loading models from {}", s.location),
                                                [&] { return scratch.load_models(s.location, introspect_options); });
          side.model = std::move(declared.model);
          side.hints = std::move(declared.renames);
          side.declared = true;
        } else if constexpr (std::is_same_v<S, HistorySource>) {
          side.model = scratch.replay(s.graph.get(), s.revisions, introspect_options);
        } else {
          static_assert(std::is_same_v<S, LoadedSource>);
          side.model = s.model;
        }
      },
      source);
  return side;
}

LoadedSide load_side(const ModelSource& source, ScratchServer& scratch, const IntrospectOptions& introspect_options,
                     const std::string& context) {
  if (context.empty()) {
    return load_side(source, scratch, introspect_options);
  }
  return with_context(context, [&] { return load_side(source, scratch, introspect_options); });
}

std::optional<std::string> version_warning(const LoadedSide& a, const LoadedSide& b, ScratchServer& scratch) {
  const LoadedSide* database = a.database_version != 0 ? &a : b.database_version != 0 ? &b : nullptr;
  if (database == nullptr || !(a.declared || b.declared)) {
    return std::nullopt;
  }
  return scratch_version_warning(scratch.server_version(), database->database_version);
}

// The server that reprints expressions: a database side has the types and functions they
// use (only temporary tables in a rolled-back transaction touch it); a scratch server in
// use costs nothing more. Starting an embedded server only for this costs more than the
// rare false difference it saves.
std::optional<std::string> reprint_server(const LoadedSide& from, const LoadedSide& to, ScratchServer& scratch) {
  for (const LoadedSide* side : {&from, &to}) {
    if (!side->database_url.empty()) {
      return side->database_url;
    }
  }
  if (scratch.available()) {
    return scratch.server_url();
  }
  return std::nullopt;
}

PlannedChange planned_change(const SchemaModel& from, const SchemaModel& to, const DiffOptions& options) {
  const Diff changes = diff_models(from, to, options);
  PlannedChange change;
  change.rename_suggestions = rename_suggestions(changes.operations);
  change.plan = plan(changes, from, to);
  return change;
}

}  // namespace

std::optional<std::string> scratch_version_warning(int scratch_version, int target_version) {
  const int scratch_major = scratch_version / 10000;
  const int target_major = target_version / 10000;
  if (scratch_major == target_major) {
    return std::nullopt;
  }
  return fmt::format(
      "the scratch server is PostgreSQL {} but the target is PostgreSQL {}: declared models may be normalized "
      "differently; point --dev-url at a PostgreSQL {} server",
      scratch_major, target_major, target_major);
}

SchemaModel load_source(const ModelSource& source, ScratchServer& scratch, const IntrospectOptions& introspect) {
  return load_side(source, scratch, introspect).model;
}

Comparison compare(const ModelSource& from, const ModelSource& to, ScratchServer& scratch,
                   const CompareOptions& options) {
  LoadedSide old_side = load_side(from, scratch, options.introspect, options.from_context);
  LoadedSide new_side = load_side(to, scratch, options.introspect, options.to_context);

  Comparison comparison;
  if (const auto warning = version_warning(old_side, new_side, scratch)) {
    comparison.warnings.push_back(*warning);
  }
  comparison.unmanaged_from = old_side.model.unmanaged;
  comparison.unmanaged_to = new_side.model.unmanaged;

  const bool forward = options.directions != Directions::backward;
  const bool backward = options.directions != Directions::forward;
  if (const auto server = reprint_server(old_side, new_side, scratch)) {
    with_context("comparing expressions", [&] {
      Database db = Database::connect(*server);
      // The side that is planned towards takes the other's text.
      if (forward) {
        canonicalize_expressions(old_side.model, new_side.model, db);
      } else {
        canonicalize_expressions(new_side.model, old_side.model, db);
      }
    });
  }

  DiffOptions forward_options = options.diff;
  forward_options.renames.insert(forward_options.renames.end(), new_side.hints.begin(), new_side.hints.end());
  for (const Rename& rename : old_side.hints) {
    forward_options.renames.push_back(reversed(rename));
  }
  if (forward) {
    comparison.forward = with_context("planning", [&] {
      return planned_change(old_side.model, new_side.model, forward_options);
    });
  }
  if (backward) {
    DiffOptions backward_options = forward_options;
    for (Rename& rename : backward_options.renames) {
      rename = reversed(rename);
    }
    comparison.backward = with_context("planning the way back", [&] {
      return planned_change(new_side.model, old_side.model, backward_options);
    });
  }
  return comparison;
}

}  // namespace schemadiff
