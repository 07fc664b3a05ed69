// SPDX-License-Identifier: MIT
#include "schemadiff/revision/targets.hpp"

#include <fmt/format.h>

#include <charconv>

#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

std::size_t parse_count(std::string_view text, std::string_view target) {
  std::size_t count = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
  if (ec != std::errc() || end != text.data() + text.size() || count == 0) {
    throw UsageError(fmt::format("invalid target {}: expected a positive number after the sign", target));
  }
  return count;
}

std::string single_head(const RevisionGraph& graph) {
  const auto heads = graph.heads();
  if (heads.empty()) {
    throw UsageError("the versions directory has no revisions");
  }
  if (heads.size() > 1) {
    throw UsageError(
        fmt::format("there are {} heads ({}); upgrade to \"heads\" to apply all of them, or join them with "
                    "\"schemadiff merge heads -m MESSAGE\" (\"schemadiff heads\" lists them)",
                    heads.size(), fmt::join(heads, ", ")));
  }
  return heads.front();
}

std::vector<MigrationStep> upgrade_to(const RevisionGraph& graph, const RevisionSet& applied,
                                      const RevisionSet& targets) {
  RevisionSet pending;
  for (const auto& id : graph.ancestors(targets)) {
    if (!applied.contains(id)) {
      pending.insert(id);
    }
  }
  std::vector<MigrationStep> steps;
  for (const auto& id : graph.ordered(pending)) {
    steps.push_back({id, Direction::upgrade});
  }
  return steps;
}

std::vector<MigrationStep> downgrade_all(const RevisionGraph& graph, const RevisionSet& remove) {
  auto order = graph.ordered(remove);
  std::vector<MigrationStep> steps;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    steps.push_back({*it, Direction::downgrade});
  }
  return steps;
}

}  // namespace

std::string to_string(Direction direction) {
  switch (direction) {
    case Direction::upgrade:
      return "upgrade";
    case Direction::downgrade:
      return "downgrade";
  }
  return "upgrade";
}

std::vector<MigrationStep> plan_upgrade(const RevisionGraph& graph, const RevisionSet& applied,
                                        std::string_view target) {
  if (target == "head") {
    return upgrade_to(graph, applied, {single_head(graph)});
  }
  if (target == "heads") {
    const auto heads = graph.heads();
    return upgrade_to(graph, applied, RevisionSet(heads.begin(), heads.end()));
  }
  if (target.starts_with("+")) {
    const std::size_t count = parse_count(target.substr(1), target);
    auto steps = upgrade_to(graph, applied, {single_head(graph)});
    if (count > steps.size()) {
      throw UsageError(fmt::format("cannot upgrade {} revisions: only {} are not applied", count, steps.size()));
    }
    steps.resize(count);
    return steps;
  }
  if (const auto plus = target.find('+'); plus != std::string_view::npos) {
    const std::string from = graph.resolve(target.substr(0, plus));
    const std::size_t count = parse_count(target.substr(plus + 1), target);
    RevisionSet after = graph.descendants(from);
    after.erase(from);
    const auto order = graph.ordered(after);
    if (count > order.size()) {
      throw UsageError(fmt::format("{} has only {} revisions after it", from, order.size()));
    }
    return upgrade_to(graph, applied, {order[count - 1]});
  }
  if (target == "base") {
    return {};
  }
  return upgrade_to(graph, applied, {graph.resolve(target)});
}

std::vector<MigrationStep> plan_downgrade(const RevisionGraph& graph, const RevisionSet& applied,
                                          std::string_view target) {
  if (target == "base") {
    return downgrade_all(graph, applied);
  }
  if (target.starts_with("-")) {
    const std::size_t count = parse_count(target.substr(1), target);
    const auto heads = graph.heads_of(applied);
    if (heads.size() > 1) {
      throw UsageError(fmt::format("the database is at {} heads ({}); name the revision to downgrade to", heads.size(),
                                   fmt::join(heads, ", ")));
    }
    auto steps = downgrade_all(graph, applied);
    if (count > steps.size()) {
      throw UsageError(fmt::format("cannot downgrade {} revisions: only {} are applied", count, steps.size()));
    }
    steps.resize(count);
    return steps;
  }
  if (target == "head" || target == "heads" || target.starts_with("+")) {
    throw UsageError(fmt::format("invalid downgrade target {} (use -N, base, or a revision)", target));
  }
  const std::string to = graph.resolve(target);
  if (!applied.contains(to)) {
    throw UsageError(fmt::format("revision {} is not applied; nothing to downgrade to", to));
  }
  RevisionSet remove;
  for (const auto& id : graph.descendants(to)) {
    if (id != to && applied.contains(id)) {
      remove.insert(id);
    }
  }
  return downgrade_all(graph, remove);
}

RevisionSet apply_steps(RevisionSet applied, const std::vector<MigrationStep>& steps) {
  for (const auto& step : steps) {
    switch (step.direction) {
      case Direction::upgrade:
        applied.insert(step.revision);
        break;
      case Direction::downgrade:
        applied.erase(step.revision);
        break;
    }
  }
  return applied;
}

RevisionSet resolve_revisions(const RevisionGraph& graph, std::string_view target) {
  if (target == "base") {
    return {};
  }
  if (target == "head") {
    return {single_head(graph)};
  }
  if (target == "heads") {
    const auto heads = graph.heads();
    return RevisionSet(heads.begin(), heads.end());
  }
  return {graph.resolve(target)};
}

}  // namespace schemadiff
