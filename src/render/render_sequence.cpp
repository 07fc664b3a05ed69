// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <optional>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

struct Bounds {
  std::int64_t min;
  std::int64_t max;
};

std::optional<Bounds> type_bounds(const std::string& data_type) {
  if (data_type == "smallint") {
    return Bounds{std::numeric_limits<std::int16_t>::min(), std::numeric_limits<std::int16_t>::max()};
  }
  if (data_type == "integer") {
    return Bounds{std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
  }
  if (data_type == "bigint") {
    return Bounds{std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
  }
  return std::nullopt;
}

std::string increment_clause(const SequenceOptions& o) { return "INCREMENT BY " + std::to_string(o.increment); }
std::string min_clause(const SequenceOptions& o) { return "MINVALUE " + std::to_string(o.min_value); }
std::string max_clause(const SequenceOptions& o) { return "MAXVALUE " + std::to_string(o.max_value); }
std::string start_clause(const SequenceOptions& o) { return "START WITH " + std::to_string(o.start); }
std::string cache_clause(const SequenceOptions& o) { return "CACHE " + std::to_string(o.cache); }
std::string cycle_clause(const SequenceOptions& o) { return o.cycle ? "CYCLE" : "NO CYCLE"; }

std::string owned_by_clause(const std::optional<ColumnRef>& owner) {
  if (!owner) {
    return "OWNED BY NONE";
  }
  return "OWNED BY " + quote_qualified(owner->table) + "." + quote_ident(owner->column);
}

// ALTER SEQUENCE ... AS moves a bound that was the old type's extreme to the new type's
// extreme (sequence.c, init_params); explicit bounds stay. The clauses are written against
// the options as they are after that.
SequenceOptions after_type_change(const SequenceOptions& from, const std::string& new_type) {
  const auto old_bounds = type_bounds(from.data_type);
  const auto new_bounds = type_bounds(new_type);
  SequenceOptions options = from;
  options.data_type = new_type;
  if (!old_bounds || !new_bounds) {
    return options;
  }
  if (from.max_value == old_bounds->max) {
    options.max_value = new_bounds->max;
  }
  if (from.min_value == old_bounds->min) {
    options.min_value = new_bounds->min;
  }
  return options;
}

}  // namespace

// PostgreSQL's defaults: ascending sequences run from 1 to the type's maximum, descending
// ones from -1 down to the type's minimum, and start at the end they count away from.
std::vector<std::string> sequence_option_clauses(const SequenceOptions& options, OptionSet set) {
  const auto bounds = type_bounds(options.data_type);
  if (set == OptionSet::all || !bounds) {
    return {increment_clause(options), min_clause(options), max_clause(options),
            start_clause(options),     cache_clause(options), cycle_clause(options)};
  }
  const bool ascending = options.increment > 0;
  const std::int64_t default_min = ascending ? 1 : bounds->min;
  const std::int64_t default_max = ascending ? bounds->max : -1;
  const std::int64_t default_start = ascending ? options.min_value : options.max_value;
  std::vector<std::string> clauses;
  if (options.increment != 1) {
    clauses.push_back(increment_clause(options));
  }
  if (options.min_value != default_min) {
    clauses.push_back(min_clause(options));
  }
  if (options.max_value != default_max) {
    clauses.push_back(max_clause(options));
  }
  if (options.start != default_start) {
    clauses.push_back(start_clause(options));
  }
  if (options.cache != 1) {
    clauses.push_back(cache_clause(options));
  }
  if (options.cycle) {
    clauses.push_back(cycle_clause(options));
  }
  return clauses;
}

std::vector<std::string> changed_sequence_option_clauses(const SequenceOptions& before,
                                                         const SequenceOptions& to) {
  const SequenceOptions from =
      before.data_type == to.data_type ? before : after_type_change(before, to.data_type);
  std::vector<std::string> clauses;
  if (from.increment != to.increment) {
    clauses.push_back(increment_clause(to));
  }
  if (from.min_value != to.min_value) {
    clauses.push_back(min_clause(to));
  }
  if (from.max_value != to.max_value) {
    clauses.push_back(max_clause(to));
  }
  if (from.start != to.start) {
    clauses.push_back(start_clause(to));
  }
  if (from.cache != to.cache) {
    clauses.push_back(cache_clause(to));
  }
  if (from.cycle != to.cycle) {
    clauses.push_back(cycle_clause(to));
  }
  return clauses;
}

// OWNED BY is left to a separate AlterSequence: the owning table usually comes later.
template <>
Statements render_operation(const CreateSequence& op) {
  const SequenceOptions& options = op.sequence.options;
  std::string sql = "CREATE SEQUENCE " + quote_qualified(op.sequence.name) + " AS " + options.data_type;
  for (const std::string& clause : sequence_option_clauses(options, OptionSet::all)) {
    sql += " " + clause;
  }
  return {sql};
}

template <>
Statements render_operation(const DropSequence& op) {
  return {"DROP SEQUENCE " + quote_qualified(op.sequence.name)};
}

template <>
Statements render_operation(const AlterSequence& op) {
  Statements statements;
  // ALTER SEQUENCE refuses a MINVALUE above the sequence's current value (a sequence never
  // used sits at its old start); moving the counter up to the new minimum first is what
  // any valid next value would be anyway. setval is not rolled back with the transaction,
  // but it only ever moves an out-of-range counter into the new range.
  if (op.to.options.min_value > op.from.options.min_value && op.to.options.increment > 0) {
    const std::string name = quote_qualified(op.to.name);
    statements.push_back(fmt::format("SELECT pg_catalog.setval({}, {}, false) FROM {} WHERE last_value < {}",
                                     quote_literal(name), op.to.options.min_value, name,
                                     op.to.options.min_value));
  }
  std::vector<std::string> clauses;
  if (op.from.options.data_type != op.to.options.data_type) {
    clauses.push_back("AS " + op.to.options.data_type);
  }
  for (std::string& clause : changed_sequence_option_clauses(op.from.options, op.to.options)) {
    clauses.push_back(std::move(clause));
  }
  if (op.from.owned_by != op.to.owned_by) {
    clauses.push_back(owned_by_clause(op.to.owned_by));
  }
  if (clauses.empty()) {
    return statements;
  }
  statements.push_back("ALTER SEQUENCE " + quote_qualified(op.to.name) + " " + join(clauses, " "));
  return statements;
}

}  // namespace schemadiff::render_detail
