// SPDX-License-Identifier: MIT
#include "plan/steps/steps.hpp"

#include <algorithm>
#include <utility>
#include <variant>

#include "plan/object_requirements.hpp"
#include "plan/type_change.hpp"

namespace schemadiff::planning {

StepSpec spec_of(const Operation& operation, const PlanContext& context) {
  StepSpec spec = std::visit([&context](const auto& op) { return step_spec(op, context); }, operation);
  OperationRefs& refs = spec.refs;
  for (const RefSet* own : {&refs.creates, &refs.drops, &refs.modifies}) {
    refs.needs = minus(std::move(refs.needs), *own);
    refs.releases = minus(std::move(refs.releases), *own);
  }
  std::vector<Hazard>& hazards = spec.facts.hazards;
  std::sort(hazards.begin(), hazards.end());
  hazards.erase(std::unique(hazards.begin(), hazards.end()), hazards.end());
  return spec;
}

StepSpec step(Phase phase, const ObjectRef& subject, std::string_view verb, const std::string& detail) {
  StepSpec spec;
  spec.phase = phase;
  spec.subject = canonical(subject);
  spec.key = std::string(to_string(spec.subject.kind)) + ":" + display(spec.subject) + ":" + std::string(verb);
  if (!detail.empty()) {
    spec.key += ":" + detail;
  }
  return spec;
}

OperationRefs created(RefSet created, RefSet needed) {
  OperationRefs refs;
  refs.creates = std::move(created);
  refs.needs = std::move(needed);
  return refs;
}

OperationRefs dropped(RefSet dropped, RefSet used) {
  OperationRefs refs;
  refs.drops = std::move(dropped);
  refs.releases = std::move(used);
  return refs;
}

OperationRefs changed(RefSet modified, RefSet needed, const RefSet& used_before) {
  OperationRefs refs;
  refs.modifies = std::move(modified);
  refs.releases = minus(used_before, needed);
  refs.needs = std::move(needed);
  return refs;
}

RefSet minus(RefSet refs, const RefSet& removed) {
  for (const ObjectRef& ref : removed) {
    refs.erase(ref);
  }
  return refs;
}

RefSet column_tree(const QualifiedName& table, const std::string& column, const ModelIndex& side) {
  RefSet refs;
  for (const QualifiedName& member : side.partition_tree(table)) {
    refs.insert(column_ref(member, column));
  }
  return refs;
}

RefSet retyped_columns(const std::vector<TypeColumnUse>& uses, const ModelIndex& from) {
  RefSet refs;
  for (const TypeColumnUse& use : uses) {
    refs.merge(column_tree(use.table, use.column.name, from));
  }
  return refs;
}

void take_along(OperationRefs& refs, const std::vector<ObjectRef>& taken, const ModelIndex& from) {
  for (const ObjectRef& ref : taken) {
    if (refs.drops.insert(ref).second) {
      refs.releases.merge(requirements_of(ref, from));
    }
  }
}

// Columns go to text and back: each table is rewritten twice under ACCESS EXCLUSIVE, and
// values of a base type that is not widened may not survive.
StepFacts type_replacement_facts(const std::vector<TypeColumnUse>& columns, const std::string& from,
                                 const std::string& to) {
  if (columns.empty()) {
    return {};
  }
  StepFacts facts{.hazards = {k_rewrites, k_locks}, .lock = LockLevel::access_exclusive};
  if (!is_known_widening(from, to)) {
    facts.hazards.push_back(k_deletes);
  }
  return facts;
}

}  // namespace schemadiff::planning
