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

}  // namespace

ScratchServer::ScratchServer(ScratchOptions options) : m_options(std::move(options)) {}

std::string ScratchServer::server_url() {
  if (!m_options.dev_url.empty() && m_options.dev_url != "embedded") {
    return m_options.dev_url;
  }
  if (!m_embedded) {
    m_embedded.emplace(with_context("starting the embedded PostgreSQL server", [] { return EmbeddedServer::start(); }));
  }
  return m_embedded->url("postgres");
}

SchemaModel ScratchServer::replay(const RevisionGraph& graph, const std::vector<std::string>& revisions,
                                  const IntrospectOptions& introspect_options) {
  static int counter = 0;
  const std::string admin_url = server_url();
  Database admin = Database::connect(admin_url);
  const std::string name = fmt::format("schemadiff_replay_{}_{}", ::getpid(), ++counter);
  admin.execute(fmt::format("CREATE DATABASE {}", admin.quote_name(name)));
  const auto drop = [&] {
    try {
      admin.execute(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", admin.quote_name(name)));
    } catch (...) {
      // Best effort: an embedded server is removed with everything in it anyway.
    }
  };
  try {
    SchemaModel model;
    {
      Database db = Database::connect(url_with_database(admin_url, name));
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
      model = with_context("introspecting the replayed history", [&] { return introspect(db, introspect_options); });
    }
    drop();
    return model;
  } catch (...) {
    drop();
    throw;
  }
}

}  // namespace schemadiff
