// SPDX-License-Identifier: MIT
#include "schemadiff/revision/revision_graph.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <queue>

#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

const std::vector<std::string> k_no_children;

std::string location(const Revision& revision, std::size_t line) {
  return fmt::format("{}:{}", revision.path.empty() ? revision.id : revision.path, line);
}

}  // namespace

RevisionGraph RevisionGraph::build(std::vector<Revision> revisions) {
  RevisionGraph graph;
  for (auto& revision : revisions) {
    const auto existing = graph.m_revisions.find(revision.id);
    if (existing != graph.m_revisions.end()) {
      throw ModelError(location(revision, revision.id_line),
                       fmt::format("duplicate revision id {} (also in {})", revision.id,
                                   location(existing->second, existing->second.id_line)));
    }
    const std::string id = revision.id;
    graph.m_revisions.emplace(id, std::move(revision));
    graph.m_children[id];
  }
  for (const auto& [id, revision] : graph.m_revisions) {
    for (const auto& parent : revision.revises) {
      if (!graph.m_revisions.contains(parent)) {
        throw ModelError(location(revision, revision.revises_line),
                         fmt::format("revision {} revises {}, which is not in the versions directory", id, parent));
      }
      graph.m_children[parent].push_back(id);
    }
  }
  for (auto& [id, children] : graph.m_children) {
    std::sort(children.begin(), children.end());
    children.erase(std::unique(children.begin(), children.end()), children.end());
  }

  // Kahn's algorithm with the smallest id first, so the order never depends on file order.
  std::map<std::string, std::size_t, std::less<>> waiting;
  std::priority_queue<std::string, std::vector<std::string>, std::greater<>> ready;
  for (const auto& [id, revision] : graph.m_revisions) {
    RevisionSet parents(revision.revises.begin(), revision.revises.end());
    waiting[id] = parents.size();
    if (parents.empty()) {
      ready.push(id);
    }
  }
  while (!ready.empty()) {
    const std::string id = ready.top();
    ready.pop();
    graph.m_order.push_back(id);
    for (const auto& child : graph.m_children[id]) {
      if (--waiting[child] == 0) {
        ready.push(child);
      }
    }
  }
  if (graph.m_order.size() != graph.m_revisions.size()) {
    std::vector<std::string> in_cycle;
    for (const auto& [id, count] : waiting) {
      if (count > 0) {
        in_cycle.push_back(id);
      }
    }
    const Revision& first = graph.m_revisions.at(in_cycle.front());
    throw ModelError(location(first, first.revises_line),
                     fmt::format("the revisions {} revise each other in a cycle", fmt::join(in_cycle, ", ")));
  }
  return graph;
}

bool RevisionGraph::contains(std::string_view id) const { return m_revisions.find(id) != m_revisions.end(); }

const Revision& RevisionGraph::get(std::string_view id) const {
  const auto found = m_revisions.find(id);
  if (found == m_revisions.end()) {
    throw Error(fmt::format("unknown revision {}", id));
  }
  return found->second;
}

const std::vector<std::string>& RevisionGraph::children(std::string_view id) const {
  const auto found = m_children.find(id);
  return found == m_children.end() ? k_no_children : found->second;
}

std::vector<std::string> RevisionGraph::heads() const {
  std::vector<std::string> result;
  for (const auto& [id, children] : m_children) {
    if (children.empty()) {
      result.push_back(id);
    }
  }
  return result;
}

std::vector<std::string> RevisionGraph::bases() const {
  std::vector<std::string> result;
  for (const auto& [id, revision] : m_revisions) {
    if (revision.revises.empty()) {
      result.push_back(id);
    }
  }
  return result;
}

std::vector<std::string> RevisionGraph::branch_points() const {
  std::vector<std::string> result;
  for (const auto& [id, children] : m_children) {
    if (children.size() > 1) {
      result.push_back(id);
    }
  }
  return result;
}

std::string RevisionGraph::resolve(std::string_view id_or_prefix) const {
  if (contains(id_or_prefix)) {
    return std::string(id_or_prefix);
  }
  std::vector<std::string> candidates;
  if (!id_or_prefix.empty()) {
    for (auto it = m_revisions.lower_bound(id_or_prefix);
         it != m_revisions.end() && it->first.starts_with(id_or_prefix); ++it) {
      candidates.push_back(it->first);
    }
  }
  if (candidates.size() == 1) {
    return candidates.front();
  }
  if (candidates.empty()) {
    throw UsageError(fmt::format("no revision {} in the versions directory", id_or_prefix));
  }
  throw UsageError(fmt::format("revision prefix {} is ambiguous: {}", id_or_prefix, fmt::join(candidates, ", ")));
}

RevisionSet RevisionGraph::ancestors(const RevisionSet& ids) const {
  RevisionSet result;
  std::vector<std::string> stack(ids.begin(), ids.end());
  while (!stack.empty()) {
    const std::string id = stack.back();
    stack.pop_back();
    if (!result.insert(id).second) {
      continue;
    }
    for (const auto& parent : get(id).revises) {
      stack.push_back(parent);
    }
  }
  return result;
}

RevisionSet RevisionGraph::descendants(const std::string& id) const {
  RevisionSet result;
  std::vector<std::string> stack{id};
  while (!stack.empty()) {
    const std::string current = stack.back();
    stack.pop_back();
    if (!result.insert(current).second) {
      continue;
    }
    for (const auto& child : children(current)) {
      stack.push_back(child);
    }
  }
  return result;
}

std::vector<std::string> RevisionGraph::ordered(const RevisionSet& subset) const {
  std::vector<std::string> result;
  for (const auto& id : m_order) {
    if (subset.contains(id)) {
      result.push_back(id);
    }
  }
  return result;
}

RevisionSet RevisionGraph::heads_of(const RevisionSet& applied) const {
  RevisionSet result;
  for (const auto& id : applied) {
    const auto& kids = children(id);
    const bool has_applied_child =
        std::any_of(kids.begin(), kids.end(), [&](const std::string& child) { return applied.contains(child); });
    if (!has_applied_child) {
      result.insert(id);
    }
  }
  return result;
}

}  // namespace schemadiff
