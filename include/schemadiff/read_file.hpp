// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace schemadiff {

/// The whole contents of `path`, bytes as they are. A file that cannot be read (missing,
/// a directory, no permission) is a ModelError naming `path`: `PATH: cannot read the file`.
std::string read_file(const std::string& path);

}  // namespace schemadiff
