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

/// Where revision history is replayed: the server of `dev_url`, or an embedded throwaway
/// server started on first use and kept for this object's lifetime (so several replays
/// pay for one initdb).
class ScratchServer {
 public:
  explicit ScratchServer(ScratchOptions options);

  /// Runs the upgrade sections of `revisions`, in that order, in a fresh scratch database
  /// and introspects the result: the schema those revisions imply. The database is
  /// always dropped. A failing statement is an Error naming the revision and file:line.
  SchemaModel replay(const RevisionGraph& graph, const std::vector<std::string>& revisions,
                     const IntrospectOptions& introspect_options);

  /// The server's URL (its `postgres` database), starting the embedded server if needed:
  /// declared models can be loaded on the same server.
  std::string server_url();

 private:
  ScratchOptions m_options;
  std::optional<EmbeddedServer> m_embedded;
};

}  // namespace schemadiff
