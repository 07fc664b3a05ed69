// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/render/render.hpp"
#include "schemadiff/render/step_line.hpp"

namespace schemadiff {

/// Marker lines of a revision file. Everything else in a section is plain SQL.
inline constexpr std::string_view k_upgrade_marker = "-- schemadiff:upgrade";
inline constexpr std::string_view k_downgrade_marker = "-- schemadiff:downgrade";
// A step line (step_line.hpp) goes on the line before each generated statement;
// k_no_transaction_marker (render.hpp) on the line before a hand-written statement that
// must not run in the migration's transaction (CREATE INDEX CONCURRENTLY, VACUUM).

/// A step line of a revision file and the facts it gives the statement after it.
struct StepLine {
  std::size_t line = 0;
  StepFacts facts;
};

/// One section of a revision file: its SQL text as written, and where it starts in the
/// file, so statements split from it can be reported at their file line.
struct RevisionSection {
  std::string sql;
  std::size_t first_line = 1;                     ///< file line of the first line of `sql`
  std::vector<std::size_t> no_transaction_lines;  ///< file lines of no-transaction markers
  std::vector<StepLine> step_lines;               ///< in file order
};

/// A revision file as read from (or about to be written to) the versions directory.
struct Revision {
  std::string id;
  std::vector<std::string> revises;  ///< empty for a base, several for a merge
  std::string message;
  std::string created;  ///< UTC, ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)
  std::string path;     ///< the file; empty for one not written yet
  std::size_t id_line = 0;
  std::size_t revises_line = 0;
  RevisionSection upgrade;
  RevisionSection downgrade;
  std::string checksum;  ///< checksum_of(the file's bytes)
};

/// Parses a revision file. Anything malformed (no header, a missing or unknown header
/// key, a missing or repeated section marker, SQL before the upgrade section) is a
/// ModelError at `path:line`.
Revision parse_revision(std::string_view text, const std::string& path);

/// The text of a revision file for `revision` (its id, revises, message, created and the
/// sections' SQL). `warnings` become comment lines at the top, after the header.
std::string format_revision(const Revision& revision, const std::vector<std::string>& warnings = {});

/// FNV-1a 64 of the bytes, as 16 lowercase hex digits: stable across platforms, so an
/// applied revision whose file was edited afterwards can be recognized.
std::string checksum_of(std::string_view bytes);

/// A fresh random revision id: 12 lowercase hex digits.
std::string new_revision_id();

/// Whether `id` can name a revision: letters, digits and `_`, not a reserved target word.
bool is_valid_revision_id(std::string_view id);

/// `<id>_<slug>.sql`, the slug made of the message's letters and digits joined by `_`.
std::string revision_file_name(const std::string& id, const std::string& message);

/// The current time as Revision::created wants it.
std::string utc_timestamp_now();

}  // namespace schemadiff
