// SPDX-License-Identifier: MIT
#include "schemadiff/load/declared_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "schemadiff/error.hpp"
#include "schemadiff/interrupt.hpp"
#include "schemadiff/load/rename_hints.hpp"
#include "schemadiff/load/sql_statements.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/read_file.hpp"

namespace schemadiff {
namespace {

namespace fs = std::filesystem;

std::string statement_excerpt(const std::string& text) {
  constexpr std::size_t k_max = 80;
  std::string line = text.substr(0, text.find('\n'));
  if (line.size() > k_max) {
    line = line.substr(0, k_max);
  }
  return line.size() < text.size() ? line + " ..." : line;
}

// A file goes to the server as one multi-statement query: one round trip, and one
// implicit transaction, so a failure leaves nothing of that file behind. Only then is it
// run again statement by statement, which names the file, line and column that fail (and
// also runs what cannot share a transaction block, such as CREATE INDEX CONCURRENTLY).
void apply_model_file(Database& db, const ModelFile& file) {
  const auto statements = split_sql_statements(file.text, file.path);
  throw_if_interrupted();
  try {
    db.execute(file.text);
    return;
  } catch (const DatabaseError&) {
  }
  for (const auto& statement : statements) {
    throw_if_interrupted();
    try {
      db.execute(statement.text);
    } catch (const DatabaseError& e) {
      throw ModelError(fmt::format("{}:{}:{}", file.path, statement.line, statement.column),
                       fmt::format("{} in: {}", e.what(), statement_excerpt(statement.text)));
    }
  }
}

}  // namespace

std::vector<std::string> model_files(const std::string& location) {
  const fs::path root(location);
  std::error_code ec;
  if (fs::is_regular_file(root, ec)) {
    return {location};
  }
  if (!fs::is_directory(root, ec)) {
    throw ModelError(location, "no such models file or directory");
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<ModelFile> read_model_files(const std::string& location) {
  std::vector<ModelFile> files;
  for (std::string& path : model_files(location)) {
    std::string text = read_file(path);
    files.push_back({std::move(path), std::move(text)});
  }
  return files;
}

DeclaredModel load_declared_model(const std::string& location, Database& scratch,
                                  const IntrospectOptions& introspect_options) {
  const std::vector<ModelFile> files = read_model_files(location);
  for (const auto& file : files) {
    apply_model_file(scratch, file);
  }
  DeclaredModel declared;
  declared.model =
      with_context("introspecting the declared model", [&] { return introspect(scratch, introspect_options); });
  declared.renames = rename_hints(files);
  return declared;
}

}  // namespace schemadiff
