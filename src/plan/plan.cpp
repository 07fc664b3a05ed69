// SPDX-License-Identifier: MIT
#include "schemadiff/plan/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>

#include "plan/dependency_graph.hpp"
#include "plan/foreign_key_cycles.hpp"
#include "plan/hazards.hpp"
#include "plan/model_index.hpp"
#include "plan/object_refs.hpp"
#include "plan/operation_keys.hpp"
#include "plan/operation_refs.hpp"
#include "plan/rename_scope.hpp"
#include "schemadiff/diff/renames.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

using planning::DependencyGraph;
using planning::OperationKey;
using planning::OperationRefs;
using planning::RefSet;

using OperationsByRef = std::map<ObjectRef, std::vector<std::size_t>>;

struct RefIndex {
  OperationsByRef creators;
  OperationsByRef droppers;
  OperationsByRef modifiers;

  explicit RefIndex(const std::vector<OperationRefs>& refs) {
    for (std::size_t op = 0; op < refs.size(); ++op) {
      for (const ObjectRef& ref : refs[op].creates) {
        creators[ref].push_back(op);
      }
      for (const ObjectRef& ref : refs[op].drops) {
        droppers[ref].push_back(op);
      }
      for (const ObjectRef& ref : refs[op].modifies) {
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

void add_edges(DependencyGraph& graph, const std::vector<OperationRefs>& refs) {
  const RefIndex index(refs);
  for (std::size_t op = 0; op < refs.size(); ++op) {
    const OperationRefs& own = refs[op];
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
        if (!planning::intersects(refs[other].modifies, own.drops)) {
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
void add_rename_edges(DependencyGraph& graph, const std::vector<Operation>& operations,
                      const std::vector<OperationRefs>& refs) {
  for (std::size_t rename = 0; rename < operations.size(); ++rename) {
    const std::optional<planning::RenameScope> scope = planning::rename_scope(operations[rename]);
    if (!scope) {
      continue;
    }
    for (std::size_t op = 0; op < operations.size(); ++op) {
      if (op == rename) {
        continue;
      }
      const OperationRefs& own = refs[op];
      for (const RefSet* set : {&own.creates, &own.drops, &own.modifies, &own.needs, &own.releases}) {
        if (std::any_of(set->begin(), set->end(), [&](const ObjectRef& ref) { return scope->contains(ref); })) {
          graph.must_run_before(rename, op);
          break;
        }
      }
    }
  }
}

// New columns of one table are added in the order the wanted model declares them, so a
// migrated table has the column order of one created from the models.
void order_added_columns(const std::vector<Operation>& operations, const SchemaModel& to,
                         std::vector<OperationKey>& keys) {
  for (std::size_t op = 0; op < operations.size(); ++op) {
    const auto* add = std::get_if<AddColumn>(&operations[op]);
    if (add == nullptr) {
      continue;
    }
    const auto table = to.tables.find(add->table);
    if (table == to.tables.end()) {
      continue;
    }
    const auto& columns = table->second.columns;
    const auto position = static_cast<std::size_t>(
        std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == add->column.name; }) -
        columns.begin());
    keys[op].key = fmt::format("column:{}:add:{:06}", planning::display(planning::table_ref(add->table)), position);
  }
}

// Position of each operation in (phase, key) order: the tie-breaking priority.
std::vector<std::size_t> priorities(const std::vector<OperationKey>& keys) {
  std::vector<std::size_t> by_key(keys.size());
  std::iota(by_key.begin(), by_key.end(), 0);
  std::stable_sort(by_key.begin(), by_key.end(), [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<std::size_t> priority(keys.size());
  for (std::size_t position = 0; position < by_key.size(); ++position) {
    priority[by_key[position]] = position;
  }
  return priority;
}

// Written as "needs" arrows from the cycle's first operation back to it:
// `view public.v -> table public.t -> view public.v` reads "v needs t, t needs v".
[[noreturn]] void throw_cycle(const std::vector<std::size_t>& cycle, const std::vector<OperationKey>& keys) {
  std::string message = "dependency cycle: ";
  std::vector<std::size_t> needs_order{cycle.front()};
  needs_order.insert(needs_order.end(), cycle.rbegin(), cycle.rend());
  for (std::size_t i = 0; i < needs_order.size(); ++i) {
    if (i > 0) {
      message += " -> ";
    }
    message += planning::describe(keys[needs_order[i]].subject);
  }
  throw Error(message);
}

}  // namespace

Plan plan(const std::vector<Operation>& input, const SchemaModel& from, const SchemaModel& to) {
  std::vector<Operation> operations = input;
  for (Operation& breaker : planning::foreign_key_cycle_breakers(input)) {
    operations.push_back(std::move(breaker));
  }
  const bool renames = has_renames(input);
  const SchemaModel renamed_from = renames ? apply_renames(from, input) : SchemaModel{};
  const planning::ModelIndex from_index(renames ? renamed_from : from);
  const planning::ModelIndex to_index(to);
  const planning::SeparateConstraints separate = planning::separate_constraints(operations);

  std::vector<OperationRefs> refs;
  std::vector<OperationKey> keys;
  refs.reserve(operations.size());
  keys.reserve(operations.size());
  for (const Operation& operation : operations) {
    refs.push_back(planning::operation_refs(operation, from_index, to_index, separate));
    keys.push_back(planning::operation_key(operation));
  }

  order_added_columns(operations, to, keys);

  DependencyGraph graph(operations.size());
  add_edges(graph, refs);
  if (renames) {
    add_rename_edges(graph, operations, refs);
  }
  const DependencyGraph::Ordering ordering = graph.order(priorities(keys));
  if (!ordering.cycle.empty()) {
    throw_cycle(ordering.cycle, keys);
  }

  Plan result;
  result.steps.reserve(operations.size());
  for (const std::size_t op : ordering.order) {
    result.steps.push_back(
        PlannedStep{operations[op], StepFacts{.hazards = planning::hazards(operations[op]),
                                              .lock = planning::lock_level(operations[op]),
                                              .tx = planning::tx_mode(operations[op])}});
  }
  return result;
}

}  // namespace schemadiff
