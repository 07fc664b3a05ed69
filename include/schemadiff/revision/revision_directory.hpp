// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/revision/revision.hpp"

namespace schemadiff {

/// Every `*.sql` file directly in `dir`, parsed, in file-name order. A missing directory
/// is an Error that says how to create one (`schemadiff init`).
std::vector<Revision> read_revision_directory(const std::string& dir);

/// Writes `text` to `path` through a temporary file in the same directory and a rename,
/// so a reader never sees half a file. Refuses to replace an existing file.
void write_file_atomically(const std::string& path, const std::string& text);

}  // namespace schemadiff
