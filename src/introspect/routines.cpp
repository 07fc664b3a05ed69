// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include "introspect/loaders.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

Volatility volatility_of(char provolatile) {
  switch (provolatile) {
    case 'v': return Volatility::volatile_;
    case 's': return Volatility::stable;
    case 'i': return Volatility::immutable;
    default: throw Error(fmt::format("unknown volatility '{}'", provolatile));
  }
}

}  // namespace

void load_routines(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("routines");
  const Field oid(result, "oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field arguments(result, "arguments");
  const Field kind(result, "kind");
  const Field language(result, "language");
  const Field volatility(result, "volatility");
  const Field routine_result(result, "result");
  const Field definition(result, "definition");

  for (const auto& row : result.rows()) {
    Routine routine;
    routine.name = {.name = {schema.text(row), name.text(row)}, .arguments = arguments.text(row)};
    routine.kind = kind.code(row) == 'p' ? RoutineKind::procedure : RoutineKind::function;
    routine.language = language.text(row);
    routine.volatility = volatility_of(volatility.code(row));
    routine.result = routine_result.optional_text(row).value_or("");
    routine.definition = definition.text(row);
    catalog.routines.emplace(oid.oid(row), routine.name);
    const RoutineName key = routine.name;
    catalog.model.routines.emplace(key, std::move(routine));
  }
}

}  // namespace schemadiff::introspection
