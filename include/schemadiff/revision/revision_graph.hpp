// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/revision/revision.hpp"

namespace schemadiff {

using RevisionSet = std::set<std::string>;

/// The revisions of a versions directory as a directed acyclic graph (parent -> child).
class RevisionGraph {
 public:
  /// Checks the graph: a duplicate id, a parent that does not exist, or a cycle is a
  /// ModelError at the file and line of the offending header.
  static RevisionGraph build(std::vector<Revision> revisions);

  bool empty() const { return m_revisions.empty(); }
  bool contains(std::string_view id) const;
  const Revision& get(std::string_view id) const;
  /// Every revision, ordered parents first (ties by id).
  const std::vector<std::string>& order() const { return m_order; }

  const std::vector<std::string>& children(std::string_view id) const;
  /// Revisions without children, sorted.
  std::vector<std::string> heads() const;
  /// Revisions without parents, sorted.
  std::vector<std::string> bases() const;
  /// Revisions with more than one child, sorted.
  std::vector<std::string> branch_points() const;

  /// A full id or a unique prefix of one; otherwise a UsageError (unknown or ambiguous,
  /// listing the candidates).
  std::string resolve(std::string_view id_or_prefix) const;

  /// `ids` and everything they revise, transitively.
  RevisionSet ancestors(const RevisionSet& ids) const;
  /// `id` and everything that revises it, transitively.
  RevisionSet descendants(const std::string& id) const;
  /// The revisions of `subset` in the graph's order (parents first).
  std::vector<std::string> ordered(const RevisionSet& subset) const;
  /// Members of `applied` that no other member revises: what the version table holds.
  RevisionSet heads_of(const RevisionSet& applied) const;

 private:
  std::map<std::string, Revision, std::less<>> m_revisions;
  std::map<std::string, std::vector<std::string>, std::less<>> m_children;
  std::vector<std::string> m_order;
};

}  // namespace schemadiff
