// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemadiff/introspect/introspect.hpp"
#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/model/schema_model.hpp"
#include "schemadiff/pg/embedded_server.hpp"
#include "schemadiff/revision/revision_graph.hpp"

namespace schemadiff {

/// The one place where declared models are applied and revision history is replayed, each
/// in a scratch database of its own that is always dropped (also on error and Ctrl-C).
///
/// The server is the one of `dev_url` when it names one: a server where schemadiff may
/// create and drop databases. Otherwise ("" or "embedded") it is an embedded throwaway
/// server, started on first use and kept for this object's lifetime, so several loads and
/// replays pay for one initdb. Model files and revisions run arbitrary SQL (CREATE ROLE,
/// DROP DATABASE ...), which is why they never go to a server nobody named for it.
class ScratchServer {
 public:
  explicit ScratchServer(std::string dev_url = "");

  /// Runs the upgrade sections of `revisions`, in that order, in a fresh scratch database
  /// and introspects the result: the schema those revisions imply. A failing statement is
  /// an Error naming the revision and file:line.
  SchemaModel replay(const RevisionGraph& graph, const std::vector<std::string>& revisions,
                     const IntrospectOptions& introspect_options);

  /// load_declared_model of `location` in a fresh scratch database.
  DeclaredModel load_models(const std::string& location, const IntrospectOptions& introspect_options);

  /// The server's URL (its `postgres` database), starting the embedded server if needed.
  std::string server_url();

  /// server_version_num of the server, starting the embedded server if needed.
  int server_version();

  /// True when using the server costs no start-up: `dev_url` names one, or the embedded
  /// server is already running.
  bool available() const;

 private:
  template <typename Fn>
  auto in_scratch_database(const std::string& prefix, Fn&& fn);

  std::string m_dev_url;
  std::optional<EmbeddedServer> m_embedded;
  int m_server_version = 0;
};

}  // namespace schemadiff
