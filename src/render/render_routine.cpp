// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

std::string routine_keyword(RoutineKind kind) {
  switch (kind) {
    case RoutineKind::function: return "FUNCTION";
    case RoutineKind::procedure: return "PROCEDURE";
  }
  return "FUNCTION";
}

}  // namespace

// pg_get_functiondef already says CREATE OR REPLACE, so create and replace are one text.
template <>
Statements render_operation(const CreateRoutine& op) {
  return {strip_terminator(op.routine.definition)};
}

template <>
Statements render_operation(const ReplaceRoutine& op) {
  return {strip_terminator(op.to.definition)};
}

// The identity arguments (names included) are what pg_get_function_identity_arguments
// prints: valid as the signature of DROP and COMMENT ON.
template <>
Statements render_operation(const DropRoutine& op) {
  return {"DROP " + routine_keyword(op.routine.kind) + " " + quote_qualified(op.routine.name.name) +
          "(" + op.routine.name.arguments + ")"};
}

template <>
Statements render_operation(const CreateTrigger& op) {
  return {strip_terminator(op.trigger.definition)};
}

template <>
Statements render_operation(const DropTrigger& op) {
  return {"DROP TRIGGER " + quote_ident(op.trigger.name.name) + " ON " +
          quote_qualified(op.trigger.name.owner)};
}

}  // namespace schemadiff::render_detail
