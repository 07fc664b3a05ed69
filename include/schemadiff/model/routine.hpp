// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

enum class RoutineKind { function, procedure };
enum class Volatility { volatile_, stable, immutable };

/// A function or procedure (aggregates and window functions are not managed).
struct Routine {
  RoutineName name;
  RoutineKind kind = RoutineKind::function;
  std::string language;     ///< plpgsql, sql, ...
  Volatility volatility = Volatility::volatile_;
  std::string result;       ///< pg_get_function_result; empty for procedures
  std::string definition;   ///< pg_get_functiondef: a complete CREATE OR REPLACE statement
  Comment comment;

  bool operator==(const Routine&) const = default;
};

enum class TriggerTiming { before, after, instead_of };
enum class TriggerLevel { row, statement };

enum class TriggerEventKind { insert, update, delete_, truncate };

struct TriggerEvent {
  TriggerEventKind kind = TriggerEventKind::insert;
  std::vector<std::string> columns;  ///< UPDATE OF columns; empty otherwise

  bool operator==(const TriggerEvent&) const = default;
};

struct Trigger {
  MemberName name;  ///< owner is the table or view the trigger is on
  TriggerTiming timing = TriggerTiming::after;
  std::vector<TriggerEvent> events;  ///< insert, update, delete, truncate order
  TriggerLevel level = TriggerLevel::statement;
  std::optional<std::string> when;
  RoutineName function;
  std::string definition;  ///< pg_get_triggerdef(oid, true): the full CREATE TRIGGER
  Comment comment;

  bool operator==(const Trigger&) const = default;
};

}  // namespace schemadiff
