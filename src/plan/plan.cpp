// SPDX-License-Identifier: MIT
#include "schemadiff/plan/plan.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>

#include "plan/dependency_graph.hpp"
#include "plan/foreign_key_cycles.hpp"
#include "plan/steps/steps.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

using planning::DependencyGraph;
using planning::OperationRefs;
using planning::RefSet;
using planning::StepSpec;

using OperationsByRef = std::map<ObjectRef, std::vector<std::size_t>>;

struct RefIndex {
  OperationsByRef creators;
  OperationsByRef droppers;
  OperationsByRef modifiers;

  explicit RefIndex(const std::vector<StepSpec>& specs) {
    for (std::size_t op = 0; op < specs.size(); ++op) {
      for (const ObjectRef& ref : specs[op].refs.creates) {
        creators[ref].push_back(op);
      }
      for (const ObjectRef& ref : specs[op].refs.drops) {
        droppers[ref].push_back(op);
      }
      for (const ObjectRef& ref : specs[op].refs.modifies) {
        modifiers[ref].push_back(op);
      }
    }
  }
};

const std::vector<std::size_t>& operations_on(const OperationsByRef& index, const ObjectRef& ref) {
  static const std::vector<std::size_t> k_none;
  const auto found = index.find(ref);
  return found == index.end() ? k_none : found->second;
}

void add_edges(DependencyGraph& graph, const std::vector<StepSpec>& specs) {
  const RefIndex index(specs);
  for (std::size_t op = 0; op < specs.size(); ++op) {
    const OperationRefs& own = specs[op].refs;
    // What an operation needs is created, and changed into its final form, before it.
    for (const ObjectRef& ref : own.needs) {
      for (const std::size_t other : operations_on(index.creators, ref)) {
        graph.must_run_before(other, op);
      }
      for (const std::size_t other : operations_on(index.modifiers, ref)) {
        graph.must_run_before(other, op);
      }
    }
    // What an operation stops using is dropped or changed only after it, except when that
    // change also touches something this operation drops: the change then goes first (see
    // below) and nothing is left using the object by the time it is dropped.
    for (const ObjectRef& ref : own.releases) {
      for (const std::size_t other : operations_on(index.droppers, ref)) {
        graph.must_run_before(op, other);
      }
      for (const std::size_t other : operations_on(index.modifiers, ref)) {
        if (!planning::intersects(specs[other].refs.modifies, own.drops)) {
          graph.must_run_before(op, other);
        }
      }
    }
    // Recreating an object: the old one goes first.
    for (const ObjectRef& ref : own.drops) {
      for (const std::size_t other : operations_on(index.creators, ref)) {
        graph.must_run_before(op, other);
      }
    }
    // A change in place needs the object created and must precede its drop.
    for (const ObjectRef& ref : own.modifies) {
      for (const std::size_t other : operations_on(index.creators, ref)) {
        graph.must_run_before(other, op);
      }
      for (const std::size_t other : operations_on(index.droppers, ref)) {
        graph.must_run_before(op, other);
      }
    }
  }
}

// Operations were planned against the model with the new names, so whatever touches a
// renamed object runs after its rename.
void add_rename_edges(DependencyGraph& graph, const std::vector<StepSpec>& specs) {
  for (std::size_t rename = 0; rename < specs.size(); ++rename) {
    const std::optional<planning::RenameScope>& scope = specs[rename].renames;
    if (!scope) {
      continue;
    }
    for (std::size_t op = 0; op < specs.size(); ++op) {
      if (op == rename) {
        continue;
      }
      const OperationRefs& own = specs[op].refs;
      for (const RefSet* set : {&own.creates, &own.drops, &own.modifies, &own.needs, &own.releases}) {
        if (std::any_of(set->begin(), set->end(), [&](const ObjectRef& ref) { return scope->contains(ref); })) {
          graph.must_run_before(rename, op);
          break;
        }
      }
    }
  }
}

// Position of each operation in (phase, key) order: the tie-breaking priority.
std::vector<std::size_t> priorities(const std::vector<StepSpec>& specs) {
  std::vector<std::size_t> by_key(specs.size());
  std::iota(by_key.begin(), by_key.end(), 0);
  std::stable_sort(by_key.begin(), by_key.end(), [&specs](std::size_t a, std::size_t b) {
    return std::tie(specs[a].phase, specs[a].key) < std::tie(specs[b].phase, specs[b].key);
  });
  std::vector<std::size_t> priority(specs.size());
  for (std::size_t position = 0; position < by_key.size(); ++position) {
    priority[by_key[position]] = position;
  }
  return priority;
}

// Written as "needs" arrows from the cycle's first operation back to it:
// `view public.v -> table public.t -> view public.v` reads "v needs t, t needs v".
[[noreturn]] void throw_cycle(const std::vector<std::size_t>& cycle, const std::vector<StepSpec>& specs) {
  std::string message = "dependency cycle: ";
  std::vector<std::size_t> needs_order{cycle.front()};
  needs_order.insert(needs_order.end(), cycle.rbegin(), cycle.rend());
  for (std::size_t i = 0; i < needs_order.size(); ++i) {
    if (i > 0) {
      message += " -> ";
    }
    message += describe(specs[needs_order[i]].subject);
  }
  throw Error(message);
}

}  // namespace

Plan plan(const std::vector<Operation>& input, const SchemaModel& from, const SchemaModel& to) {
  std::vector<Operation> operations = input;
  for (Operation& breaker : planning::foreign_key_cycle_breakers(input)) {
    operations.push_back(std::move(breaker));
  }
  const ModelIndex from_index(from);
  const ModelIndex to_index(to);
  const planning::SeparateConstraints separate = planning::separate_constraints(operations);
  const planning::PlanContext context{from_index, to_index, separate};

  std::vector<StepSpec> specs;
  specs.reserve(operations.size());
  for (const Operation& operation : operations) {
    specs.push_back(planning::spec_of(operation, context));
  }

  DependencyGraph graph(operations.size());
  add_edges(graph, specs);
  add_rename_edges(graph, specs);
  const DependencyGraph::Ordering ordering = graph.order(priorities(specs));
  if (!ordering.cycle.empty()) {
    throw_cycle(ordering.cycle, specs);
  }

  Plan result;
  result.steps.reserve(operations.size());
  for (const std::size_t op : ordering.order) {
    result.steps.push_back(PlannedStep{std::move(operations[op]), std::move(specs[op].facts)});
  }
  return result;
}

Plan plan(const Diff& diff, const SchemaModel& from, const SchemaModel& to) {
  return plan(diff.operations, diff.renamed_from ? *diff.renamed_from : from, to);
}

}  // namespace schemadiff
