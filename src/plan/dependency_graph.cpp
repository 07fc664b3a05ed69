// SPDX-License-Identifier: MIT
#include "plan/dependency_graph.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <queue>
#include <utility>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

namespace schemadiff::planning {
namespace {

// setS: an edge added twice is stored once. bidirectionalS: in-degrees for Kahn.
using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::bidirectionalS>;
using Vertex = Graph::vertex_descriptor;

constexpr std::size_t k_unvisited = std::numeric_limits<std::size_t>::max();

// Shortest way from `start` back to itself inside one strong component; breadth-first
// over successors in priority order, so the cycle reported is always the same one.
std::vector<std::size_t> cycle_through(const Graph& graph, Vertex start, const std::vector<std::size_t>& component,
                                       const std::vector<std::size_t>& priority) {
  const auto by_priority = [&priority](Vertex a, Vertex b) { return priority[a] < priority[b]; };
  std::vector<std::size_t> parent(boost::num_vertices(graph), k_unvisited);
  std::deque<Vertex> queue{start};
  while (!queue.empty()) {
    const Vertex vertex = queue.front();
    queue.pop_front();
    std::vector<Vertex> successors;
    for (const auto& edge : boost::make_iterator_range(boost::out_edges(vertex, graph))) {
      const Vertex next = boost::target(edge, graph);
      if (component[next] == component[start]) {
        successors.push_back(next);
      }
    }
    std::sort(successors.begin(), successors.end(), by_priority);
    for (const Vertex next : successors) {
      if (next == start) {
        std::vector<std::size_t> cycle{vertex};
        while (cycle.back() != start) {
          cycle.push_back(parent[cycle.back()]);
        }
        std::reverse(cycle.begin(), cycle.end());
        return cycle;
      }
      if (parent[next] == k_unvisited) {
        parent[next] = vertex;
        queue.push_back(next);
      }
    }
  }
  return {start};
}

}  // namespace

struct DependencyGraph::Impl {
  Graph graph;
};

DependencyGraph::DependencyGraph(std::size_t vertex_count) : m_impl(std::make_unique<Impl>(Impl{Graph(vertex_count)})) {}

DependencyGraph::~DependencyGraph() = default;

void DependencyGraph::must_run_before(std::size_t before, std::size_t after) {
  if (before == after) {
    return;
  }
  boost::add_edge(before, after, m_impl->graph);
}

DependencyGraph::Ordering DependencyGraph::order(const std::vector<std::size_t>& priority) const {
  const Graph& graph = m_impl->graph;
  const std::size_t count = boost::num_vertices(graph);
  // boost::topological_sort offers no say over ties, hence Kahn's algorithm over a heap.
  std::vector<std::size_t> waiting_on(count);
  using Ready = std::pair<std::size_t, Vertex>;
  std::priority_queue<Ready, std::vector<Ready>, std::greater<>> ready;
  for (Vertex vertex = 0; vertex < count; ++vertex) {
    waiting_on[vertex] = boost::in_degree(vertex, graph);
    if (waiting_on[vertex] == 0) {
      ready.emplace(priority[vertex], vertex);
    }
  }
  Ordering result;
  while (!ready.empty()) {
    const Vertex vertex = ready.top().second;
    ready.pop();
    result.order.push_back(vertex);
    for (const auto& edge : boost::make_iterator_range(boost::out_edges(vertex, graph))) {
      const Vertex next = boost::target(edge, graph);
      if (--waiting_on[next] == 0) {
        ready.emplace(priority[next], next);
      }
    }
  }
  if (result.order.size() == count) {
    return result;
  }

  const std::vector<std::size_t> component = strong_components();
  std::map<std::size_t, std::size_t> component_size;
  for (const std::size_t id : component) {
    ++component_size[id];
  }
  std::optional<Vertex> start;
  for (Vertex vertex = 0; vertex < count; ++vertex) {
    if (waiting_on[vertex] == 0 || component_size[component[vertex]] < 2) {
      continue;
    }
    if (!start || priority[vertex] < priority[*start]) {
      start = vertex;
    }
  }
  result.order.clear();
  result.cycle = cycle_through(graph, start.value_or(0), component, priority);
  return result;
}

std::vector<std::size_t> DependencyGraph::strong_components() const {
  const Graph& graph = m_impl->graph;
  std::vector<std::size_t> component(boost::num_vertices(graph));
  boost::strong_components(graph, boost::make_iterator_property_map(component.begin(),
                                                                     boost::get(boost::vertex_index, graph)));
  return component;
}

}  // namespace schemadiff::planning
