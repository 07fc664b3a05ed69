// SPDX-License-Identifier: MIT
#include "schemadiff/engine/scratch_server.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include "schemadiff/engine/runner.hpp"
#include "schemadiff/error.hpp"
#include "schemadiff/interrupt.hpp"
#include "schemadiff/pg/database.hpp"

namespace schemadiff {
namespace {

// Replaces the database part of a libpq URL (postgresql://host/db?params), or adds a
// dbname to a keyword/value string.
std::string url_with_database(const std::string& url, const std::string& database) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) {
    return url + " dbname=" + database;
  }
  const auto query = url.find('?', scheme_end);
  const auto path = url.find('/', scheme_end + 3);
  const std::string params = query == std::string::npos ? "" : url.substr(query);
  return url.substr(0, std::min(path, query)) + "/" + database + params;
}

bool names_a_server(const std::string& dev_url) { return !dev_url.empty() && dev_url != "embedded"; }

}  // namespace

ScratchServer::ScratchServer(std::string dev_url) : m_dev_url(std::move(dev_url)) {}

bool ScratchServer::available() const { return names_a_server(m_dev_url) || m_embedded.has_value(); }

std::string ScratchServer::server_url() {
  if (names_a_server(m_dev_url)) {
    return m_dev_url;
  }
  if (!m_embedded) {
    m_embedded.emplace(with_context("starting the embedded PostgreSQL server", [] { return EmbeddedServer::start(); }));
  }
  return m_embedded->url("postgres");
}

int ScratchServer::server_version() {
  if (m_server_version == 0) {
    m_server_version = Database::connect(server_url()).server_version();
  }
  return m_server_version;
}

// Creates the database, runs `fn` on a connection to it, and drops it whatever happens.
template <typename Fn>
auto ScratchServer::in_scratch_database(const std::string& prefix, Fn&& fn) {
  static int counter = 0;
  const std::string admin_url = server_url();
  Database admin = Database::connect(admin_url);
  m_server_version = admin.server_version();
  const std::string name = fmt::format("{}_{}_{}", prefix, ::getpid(), ++counter);
  admin.execute(fmt::format("CREATE DATABASE {}", admin.quote_name(name)));
  const auto drop = [&] {
    try {
      admin.execute(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", admin.quote_name(name)));
    } catch (...) {
      // Best effort: an embedded server is removed with everything in it anyway.
    }
  };
  try {
    auto result = [&] {
      // Closed before the drop: WITH (FORCE) would otherwise cut it off.
      Database db = Database::connect(url_with_database(admin_url, name));
      return fn(db);
    }();
    drop();
    return result;
  } catch (...) {
    drop();
    throw;
  }
}

SchemaModel ScratchServer::replay(const RevisionGraph& graph, const std::vector<std::string>& revisions,
                                  const IntrospectOptions& introspect_options) {
  return in_scratch_database("schemadiff_replay", [&](Database& db) {
    for (const auto& id : revisions) {
      const Revision& revision = graph.get(id);
      for (const auto& statement : section_statements(revision, Direction::upgrade)) {
        throw_if_interrupted();
        try {
          db.execute(statement.sql);
        } catch (const DatabaseError& e) {
          throw Error(fmt::format("replaying revision {}: {}:{}: {}", id, revision.path, statement.line, e.what()));
        }
      }
    }
    return with_context("introspecting the replayed history", [&] { return introspect(db, introspect_options); });
  });
}

DeclaredModel ScratchServer::load_models(const std::string& location, const IntrospectOptions& introspect_options) {
  return in_scratch_database("schemadiff_scratch",
                             [&](Database& db) { return load_declared_model(location, db, introspect_options); });
}

}  // namespace schemadiff
