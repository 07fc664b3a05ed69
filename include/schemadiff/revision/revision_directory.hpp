// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/revision/revision.hpp"

namespace schemadiff {

/// Every `*.sql` file directly in `dir`, parsed, in file-name order. A missing directory
/// is an Error that says how to create one (`schemadiff init`).
std::vector<Revision> read_revision_directory(const std::string& dir);

/// Writes the revision file of `revision` (format_revision) to `path`, atomically, after
/// reading the text back as every other command will: a message or SQL that would make
/// the file unreadable, or move a marker or step line (a marker-like line in a string), is
/// an Error and nothing is written.
void write_revision_file(const std::string& path, const Revision& revision,
                         const std::vector<std::string>& warnings = {});

/// Writes `text` to `path` through a temporary file in the same directory and a rename,
/// so a reader never sees half a file. Refuses to replace an existing file.
void write_file_atomically(const std::string& path, const std::string& text);

}  // namespace schemadiff
