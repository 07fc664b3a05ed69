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
#include "schemadiff/read_file.hpp"

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
    revisions.push_back(parse_revision(read_file(file), file));
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

void write_revision_file(const std::string& path, const Revision& revision, const std::vector<std::string>& warnings) {
  const std::string text = format_revision(revision, warnings);
  Revision read_back;
  try {
    read_back = parse_revision(text, path);
  } catch (const Error& e) {
    throw Error(fmt::format("{}: the revision would not read back as written ({}); nothing was written", path,
                            e.what()));
  }
  // The header trims a message and the format ends each section with a blank line.
  const auto body = [](std::string_view text, std::string_view blanks) {
    const std::size_t first = text.find_first_not_of(blanks);
    return first == std::string_view::npos ? std::string_view{}
                                           : text.substr(first, text.find_last_not_of(blanks) - first + 1);
  };
  if (read_back.id != revision.id || read_back.revises != revision.revises ||
      body(read_back.message, " \t") != body(revision.message, " \t") ||
      body(read_back.upgrade.sql, "\n") != body(revision.upgrade.sql, "\n") ||
      body(read_back.downgrade.sql, "\n") != body(revision.downgrade.sql, "\n")) {
    throw Error(fmt::format("{}: the revision would not read back as written (a message or a line of SQL that "
                            "reads as a revision marker); nothing was written",
                            path));
  }
  write_file_atomically(path, text);
}

}  // namespace schemadiff
