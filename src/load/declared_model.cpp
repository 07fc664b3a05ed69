// SPDX-License-Identifier: MIT
#include "schemadiff/load/declared_model.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "schemadiff/load/sql_statements.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/interrupt.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/pg/embedded_server.hpp"

namespace schemadiff {
namespace {

namespace fs = std::filesystem;

std::string read_text(const std::string& path) {
  std::ifstream input(path, std::ios::binary);
  if (!input) {
    throw ModelError(path, "cannot read the file");
  }
  std::ostringstream text;
  text << input.rdbuf();
  return text.str();
}

// Replaces the database part of a libpq URL (postgresql://host/db?params).
std::string with_database(const std::string& url, const std::string& database) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) {
    return url + " dbname=" + database;
  }
  const auto query = url.find('?', scheme_end);
  const auto path = url.find('/', scheme_end + 3);
  const std::string params = query == std::string::npos ? "" : url.substr(query);
  const auto authority_end = std::min(path, query);
  return url.substr(0, authority_end) + "/" + database + params;
}

// A database created for one load and dropped when this object goes away.
class ScratchDatabase {
 public:
  ScratchDatabase(const std::string& server_url, std::string name)
      : m_admin(Database::connect(server_url)), m_name(std::move(name)) {
    m_admin.execute(fmt::format("CREATE DATABASE {}", m_admin.quote_name(m_name)));
    m_url = with_database(server_url, m_name);
  }
  ~ScratchDatabase() {
    try {
      m_admin.execute(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", m_admin.quote_name(m_name)));
    } catch (...) {
      // Nothing sensible to do in a destructor; an embedded server goes away anyway.
    }
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  const std::string& url() const { return m_url; }

 private:
  Database m_admin;
  std::string m_name;
  std::string m_url;
};

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
void apply_model_file(Database& db, const std::string& file) {
  const std::string sql = read_text(file);
  const auto statements = split_sql_statements(sql, file);
  throw_if_interrupted();
  try {
    db.execute(sql);
    return;
  } catch (const DatabaseError&) {
  }
  for (const auto& statement : statements) {
    throw_if_interrupted();
    try {
      db.execute(statement.text);
    } catch (const DatabaseError& e) {
      throw ModelError(fmt::format("{}:{}:{}", file, statement.line, statement.column),
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

SchemaModel load_declared_model(const std::string& location, const ScratchOptions& scratch,
                                const IntrospectOptions& introspect_options) {
  const std::vector<std::string> files = model_files(location);
  std::optional<EmbeddedServer> embedded;
  std::string server_url = scratch.dev_url;
  if (server_url.empty() || server_url == "embedded") {
    embedded.emplace(with_context("starting the embedded PostgreSQL server",
                                  [] { return EmbeddedServer::start(); }));
    server_url = embedded->url("postgres");
  }
  static int counter = 0;
  ScratchDatabase database(server_url, fmt::format("schemadiff_scratch_{}_{}", ::getpid(), ++counter));
  Database db = Database::connect(database.url());
  const int scratch_major = db.server_version() / 10000;
  const int target_major = scratch.target_server_version / 10000;
  if (target_major != 0 && scratch_major != target_major && scratch.warn) {
    scratch.warn(fmt::format(
        "the scratch server is PostgreSQL {} but the target is PostgreSQL {}: declared models may be "
        "normalized differently; point --dev-url at a PostgreSQL {} server",
        scratch_major, target_major, target_major));
  }
  for (const auto& file : files) {
    apply_model_file(db, file);
  }
  return with_context("introspecting the declared model", [&] { return introspect(db, introspect_options); });
}

}  // namespace schemadiff
