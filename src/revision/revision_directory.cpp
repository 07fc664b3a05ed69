// SPDX-License-Identifier: MIT
#include "schemadiff/revision/revision_directory.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "schemadiff/error.hpp"

namespace schemadiff {

namespace fs = std::filesystem;

std::vector<Revision> read_revision_directory(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw Error(fmt::format("{}: no such versions directory (schemadiff init creates one)", dir));
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Revision> revisions;
  revisions.reserve(files.size());
  for (const auto& file : files) {
    std::ifstream input(file, std::ios::binary);
    if (!input) {
      throw ModelError(file, "cannot read the file");
    }
    std::ostringstream text;
    text << input.rdbuf();
    revisions.push_back(parse_revision(text.str(), file));
  }
  return revisions;
}

void write_file_atomically(const std::string& path, const std::string& text) {
  const fs::path target(path);
  std::error_code ec;
  if (fs::exists(target, ec)) {
    throw Error(fmt::format("{}: already exists", path));
  }
  const fs::path temporary = target.parent_path() / fmt::format(".{}.{}.tmp", target.filename().string(), ::getpid());
  {
    std::ofstream output(temporary, std::ios::binary | std::ios::trunc);
    if (!output) {
      throw Error(fmt::format("{}: cannot write the file", temporary.string()));
    }
    output << text;
    output.flush();
    if (!output) {
      output.close();
      fs::remove(temporary, ec);
      throw Error(fmt::format("{}: cannot write the file", temporary.string()));
    }
  }
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw Error(fmt::format("{}: cannot rename into place: {}", path, ec.message()));
  }
}

}  // namespace schemadiff
