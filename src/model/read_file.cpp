// SPDX-License-Identifier: MIT
#include "schemadiff/read_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "schemadiff/error.hpp"

namespace schemadiff {

std::string read_file(const std::string& path) {
  std::error_code ec;
  // An ifstream opens a directory without complaint and then reads nothing.
  if (std::filesystem::is_directory(path, ec)) {
    throw ModelError(path, "cannot read the file");
  }
  std::ifstream input(path, std::ios::binary);
  if (!input) {
    throw ModelError(path, "cannot read the file");
  }
  std::string text;
  // One exactly sized buffer where the size is known: a 10,000-table snapshot is ~70 MB.
  if (const auto size = std::filesystem::file_size(path, ec); !ec) {
    text.resize(static_cast<std::size_t>(size));
    input.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(input.gcount()));
    if (input.gcount() == static_cast<std::streamsize>(size)) {
      input.peek();  // a file that grew meanwhile is read to its end below
    }
  }
  if (!input.eof()) {
    input.clear();
    std::ostringstream rest;
    rest << input.rdbuf();
    text += rest.str();
  }
  if (input.bad()) {
    throw ModelError(path, "cannot read the file");
  }
  return text;
}

}  // namespace schemadiff
