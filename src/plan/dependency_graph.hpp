// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace schemadiff::planning {

/// Operations as vertices 0..n-1 and "must run before" edges between them. The graph
/// library stays behind this interface.
class DependencyGraph {
 public:
  explicit DependencyGraph(std::size_t vertex_count);
  ~DependencyGraph();
  DependencyGraph(const DependencyGraph&) = delete;
  DependencyGraph& operator=(const DependencyGraph&) = delete;

  /// The one way to add an edge, so its direction is never in doubt. Repeated edges and
  /// an operation before itself are ignored.
  void must_run_before(std::size_t before, std::size_t after);

  struct Ordering {
    std::vector<std::size_t> order;  ///< every vertex, when there is no cycle
    /// Otherwise one cycle, each vertex running before the next and the last before the
    /// first; starts at the cycle's vertex of lowest priority.
    std::vector<std::size_t> cycle;
  };

  /// A topological order that, whenever several vertices are ready, takes the one with the
  /// lowest `priority` (a permutation of 0..n-1), so the result depends on the priorities
  /// only, not on the order edges were added.
  Ordering order(const std::vector<std::size_t>& priority) const;

  /// For each vertex, an id shared exactly by the vertices on a common cycle with it.
  std::vector<std::size_t> strong_components() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace schemadiff::planning
