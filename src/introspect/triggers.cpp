// SPDX-License-Identifier: MIT
#include "introspect/deparsed_text.hpp"
#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

// pg_trigger.tgtype bits.
constexpr std::int64_t k_row = 1 << 0;
constexpr std::int64_t k_before = 1 << 1;
constexpr std::int64_t k_insert = 1 << 2;
constexpr std::int64_t k_delete = 1 << 3;
constexpr std::int64_t k_update = 1 << 4;
constexpr std::int64_t k_truncate = 1 << 5;
constexpr std::int64_t k_instead = 1 << 6;

TriggerTiming timing_of(std::int64_t type) {
  if ((type & k_instead) != 0) {
    return TriggerTiming::instead_of;
  }
  return (type & k_before) != 0 ? TriggerTiming::before : TriggerTiming::after;
}

std::vector<TriggerEvent> events_of(std::int64_t type, std::vector<std::string> update_columns) {
  std::vector<TriggerEvent> events;
  if ((type & k_insert) != 0) {
    events.push_back({.kind = TriggerEventKind::insert, .columns = {}});
  }
  if ((type & k_update) != 0) {
    events.push_back({.kind = TriggerEventKind::update, .columns = std::move(update_columns)});
  }
  if ((type & k_delete) != 0) {
    events.push_back({.kind = TriggerEventKind::delete_, .columns = {}});
  }
  if ((type & k_truncate) != 0) {
    events.push_back({.kind = TriggerEventKind::truncate, .columns = {}});
  }
  return events;
}

}  // namespace

void load_triggers(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("triggers");
  const Field oid(result, "oid");
  const Field relation_oid(result, "relation");
  const Field name(result, "name");
  const Field type(result, "type");
  const Field update_column_numbers(result, "update_column_numbers");
  const Field has_when(result, "has_when");
  const Field function_schema(result, "function_schema");
  const Field function_name(result, "function_name");
  const Field function_arguments(result, "function_arguments");
  const Field definition(result, "definition");

  for (const auto& row : result.rows()) {
    const Relation* relation = catalog.find_relation(relation_oid.oid(row));
    if (relation == nullptr || (relation->table == nullptr && relation->view == nullptr)) {
      continue;
    }
    const std::int64_t bits = type.integer(row);
    Trigger trigger;
    trigger.name = {.owner = relation->ref.name, .name = name.text(row)};
    trigger.timing = timing_of(bits);
    trigger.events = events_of(bits, column_names(*relation, update_column_numbers.integers(row)));
    trigger.level = (bits & k_row) != 0 ? TriggerLevel::row : TriggerLevel::statement;
    trigger.function = {.name = {function_schema.text(row), function_name.text(row)},
                        .arguments = function_arguments.text(row)};
    trigger.definition = definition.text(row);
    if (has_when.flag(row)) {
      trigger.when = trigger_when_condition(trigger.definition);
    }
    catalog.triggers.emplace(
        oid.oid(row),
        Member{.ref = object_ref(ObjectKind::trigger, trigger.name.owner, trigger.name.name),
               .owner = relation_oid.oid(row)});
    const MemberName key = trigger.name;
    catalog.model.triggers.emplace(key, std::move(trigger));
  }
}

}  // namespace schemadiff::introspection
