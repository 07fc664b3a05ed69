// SPDX-License-Identifier: MIT
// The snapshot format's names for enum values. They are part of the file format: changing
// one is a format version change, whatever the C++ enumerator is called.
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model_io/json_detail.hpp"

namespace schemadiff::model_io {

std::string_view json_name(IdentityKind value) {
  switch (value) {
    case IdentityKind::always: return "always";
    case IdentityKind::by_default: return "by_default";
  }
  return {};
}

std::string_view json_name(Persistence value) {
  switch (value) {
    case Persistence::logged: return "logged";
    case Persistence::unlogged: return "unlogged";
  }
  return {};
}

std::string_view json_name(NullsDistinct value) {
  switch (value) {
    case NullsDistinct::distinct: return "distinct";
    case NullsDistinct::not_distinct: return "not_distinct";
  }
  return {};
}

std::string_view json_name(ForeignKeyMatch value) {
  switch (value) {
    case ForeignKeyMatch::simple: return "simple";
    case ForeignKeyMatch::full: return "full";
    case ForeignKeyMatch::partial: return "partial";
  }
  return {};
}

std::string_view json_name(ForeignKeyAction value) {
  switch (value) {
    case ForeignKeyAction::no_action: return "no_action";
    case ForeignKeyAction::restrict: return "restrict";
    case ForeignKeyAction::cascade: return "cascade";
    case ForeignKeyAction::set_null: return "set_null";
    case ForeignKeyAction::set_default: return "set_default";
  }
  return {};
}

std::string_view json_name(Validation value) {
  switch (value) {
    case Validation::validated: return "validated";
    case Validation::not_valid: return "not_valid";
  }
  return {};
}

std::string_view json_name(SortOrder value) {
  switch (value) {
    case SortOrder::asc: return "asc";
    case SortOrder::desc: return "desc";
  }
  return {};
}

std::string_view json_name(NullsOrder value) {
  switch (value) {
    case NullsOrder::last: return "last";
    case NullsOrder::first: return "first";
  }
  return {};
}

std::string_view json_name(IndexUniqueness value) {
  switch (value) {
    case IndexUniqueness::non_unique: return "non_unique";
    case IndexUniqueness::unique: return "unique";
  }
  return {};
}

std::string_view json_name(RoutineKind value) {
  switch (value) {
    case RoutineKind::function: return "function";
    case RoutineKind::procedure: return "procedure";
  }
  return {};
}

std::string_view json_name(Volatility value) {
  switch (value) {
    case Volatility::volatile_: return "volatile";
    case Volatility::stable: return "stable";
    case Volatility::immutable: return "immutable";
  }
  return {};
}

std::string_view json_name(TriggerTiming value) {
  switch (value) {
    case TriggerTiming::before: return "before";
    case TriggerTiming::after: return "after";
    case TriggerTiming::instead_of: return "instead_of";
  }
  return {};
}

std::string_view json_name(TriggerLevel value) {
  switch (value) {
    case TriggerLevel::row: return "row";
    case TriggerLevel::statement: return "statement";
  }
  return {};
}

std::string_view json_name(TriggerEventKind value) {
  switch (value) {
    case TriggerEventKind::insert: return "insert";
    case TriggerEventKind::update: return "update";
    case TriggerEventKind::delete_: return "delete";
    case TriggerEventKind::truncate: return "truncate";
  }
  return {};
}

std::string_view json_name(ObjectKind value) { return to_string(value); }

std::string_view json_name(ColumnStorage value) {
  switch (value) {
    case ColumnStorage::plain: return "plain";
    case ColumnStorage::external: return "external";
    case ColumnStorage::extended: return "extended";
    case ColumnStorage::main: return "main";
  }
  return {};
}

std::string_view json_name(ReplicaIdentityKind value) {
  switch (value) {
    case ReplicaIdentityKind::default_: return "default";
    case ReplicaIdentityKind::full: return "full";
    case ReplicaIdentityKind::nothing: return "nothing";
    case ReplicaIdentityKind::index: return "index";
  }
  return {};
}

std::string_view json_name(ConstraintType value) {
  switch (value) {
    case ConstraintType::primary_key: return "primary_key";
    case ConstraintType::unique: return "unique";
    case ConstraintType::check: return "check";
    case ConstraintType::foreign_key: return "foreign_key";
    case ConstraintType::exclusion: return "exclusion";
  }
  return {};
}

namespace {

struct TypeOf {
  ConstraintType operator()(const PrimaryKey&) const { return ConstraintType::primary_key; }
  ConstraintType operator()(const Unique&) const { return ConstraintType::unique; }
  ConstraintType operator()(const Check&) const { return ConstraintType::check; }
  ConstraintType operator()(const ForeignKey&) const { return ConstraintType::foreign_key; }
  ConstraintType operator()(const Exclusion&) const { return ConstraintType::exclusion; }
};

}  // namespace

ConstraintType constraint_type(const ConstraintKind& kind) { return std::visit(TypeOf{}, kind); }

std::string quoted_list(const std::vector<std::string_view>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      text += i + 1 == names.size() ? " or " : ", ";
    }
    text += json_quote(names[i]);
  }
  return text;
}

std::string json_quote(std::string_view text) {
  // Longer than any name PostgreSQL allows (63 bytes) or any enum spelling: longer text
  // comes from a broken or hostile document, and a message shows only its start.
  constexpr std::size_t k_shown = 100;
  // The text comes from a parsed document or from this file, so it is valid UTF-8, and
  // a cut before a continuation byte (10xxxxxx) keeps it so.
  if (text.size() <= k_shown) {
    return Json(std::string(text)).dump();
  }
  std::size_t cut = k_shown;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) {
    --cut;
  }
  return Json(std::string(text.substr(0, cut))).dump() + "... (" + std::to_string(text.size()) + " bytes)";
}

}  // namespace schemadiff::model_io
