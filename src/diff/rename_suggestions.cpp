// SPDX-License-Identifier: MIT
// A drop and a create of look-alike objects is often a rename the differ could not know
// about; it would lose the data. Say how to tell it.
#include <fmt/format.h>

#include <map>
#include <variant>

#include "schemadiff/diff/renames.hpp"

namespace schemadiff {
namespace {

template <typename Drop, typename Create>
struct Candidates {
  std::vector<const Drop*> dropped;
  std::vector<const Create*> created;
};

std::string hint(RenameKind kind, const std::string& old_name, const std::string& object, const std::string& flag_old,
                 const std::string& new_name) {
  return fmt::format(
      "if it was renamed, put \"-- schemadiff:renamed-from {}\" on the line before {} in the model, or pass "
      "--rename {}:{}={}",
      old_name, object, to_string(kind), flag_old, new_name);
}

std::string qualified_flag(const QualifiedName& name) { return display_name(name); }

std::vector<std::pair<std::string, std::string>> column_signature(const Table& table) {
  std::vector<std::pair<std::string, std::string>> columns;
  for (const Column& column : table.columns) {
    columns.emplace_back(column.name, column.type);
  }
  return columns;
}

// The part of an index definition after its name: `ON public.t USING btree (a)`.
std::string index_body(const Index& index) {
  const std::size_t on = index.definition.find(" ON ");
  return on == std::string::npos ? index.definition : index.definition.substr(on);
}

std::string routine_body(const Routine& routine) {
  const std::size_t body = routine.definition.find("\nAS ");
  return body == std::string::npos ? std::string() : routine.definition.substr(body);
}

// Pairs each dropped object with the one created object it looks like, when exactly one
// does (and it looks like no other dropped object).
template <typename Drop, typename Create, typename Same, typename Say>
void pair_up(const std::vector<const Drop*>& dropped, const std::vector<const Create*>& created, Same same, Say say) {
  for (const Drop* drop : dropped) {
    const Create* match = nullptr;
    int matches = 0;
    for (const Create* create : created) {
      if (same(*drop, *create)) {
        match = create;
        ++matches;
      }
    }
    if (matches != 1) {
      continue;
    }
    int reverse = 0;
    for (const Drop* other : dropped) {
      reverse += same(*other, *match) ? 1 : 0;
    }
    if (reverse == 1) {
      say(*drop, *match);
    }
  }
}

}  // namespace

std::vector<std::string> rename_suggestions(const std::vector<Operation>& operations) {
  Candidates<DropTable, CreateTable> tables;
  Candidates<DropColumn, AddColumn> columns;
  Candidates<DropIndex, CreateIndex> indexes;
  Candidates<DropConstraint, AddConstraint> constraints;
  Candidates<DropEnum, CreateEnum> enums;
  Candidates<DropView, CreateView> views;
  Candidates<DropMaterializedView, CreateMaterializedView> materialized_views;
  Candidates<DropRoutine, CreateRoutine> routines;
  std::vector<const ReplaceEnum*> replaced_enums;
  for (const Operation& operation : operations) {
    std::visit(
        [&](const auto& op) {
          using Op = std::decay_t<decltype(op)>;
          if constexpr (std::is_same_v<Op, DropTable>) { tables.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, CreateTable>) { tables.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, DropColumn>) { columns.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, AddColumn>) { columns.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, DropIndex>) { indexes.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, CreateIndex>) { indexes.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, DropConstraint>) { constraints.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, AddConstraint>) { constraints.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, DropEnum>) { enums.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, CreateEnum>) { enums.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, DropView>) { views.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, CreateView>) { views.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, DropMaterializedView>) { materialized_views.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, CreateMaterializedView>) { materialized_views.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, DropRoutine>) { routines.dropped.push_back(&op); }
          if constexpr (std::is_same_v<Op, CreateRoutine>) { routines.created.push_back(&op); }
          if constexpr (std::is_same_v<Op, ReplaceEnum>) { replaced_enums.push_back(&op); }
        },
        operation);
  }

  std::vector<std::string> suggestions;
  pair_up(
      tables.dropped, tables.created,
      [](const DropTable& d, const CreateTable& c) {
        return d.table.name.schema == c.table.name.schema && !d.table.columns.empty() &&
               column_signature(d.table) == column_signature(c.table);
      },
      [&](const DropTable& d, const CreateTable& c) {
        suggestions.push_back(fmt::format("table {} is dropped and {} created with the same columns; {}",
                                          display_name(d.table.name), display_name(c.table.name),
                                          hint(RenameKind::table, quote_ident_if_needed(d.table.name.name),
                                               "CREATE TABLE " + display_name(c.table.name),
                                               qualified_flag(d.table.name), c.table.name.name)));
      });
  pair_up(
      columns.dropped, columns.created,
      [](const DropColumn& d, const AddColumn& c) { return d.table == c.table && d.column.type == c.column.type; },
      [&](const DropColumn& d, const AddColumn& c) {
        suggestions.push_back(fmt::format(
            "column {}.{} is dropped and {} added with the same type ({}); {}", display_name(d.table),
            quote_ident_if_needed(d.column.name), quote_ident_if_needed(c.column.name), c.column.type,
            hint(RenameKind::column, quote_ident_if_needed(d.column.name),
                 "column " + quote_ident_if_needed(c.column.name) + " of " + display_name(c.table),
                 display_name(c.table) + "." + quote_ident_if_needed(d.column.name), c.column.name)));
      });
  pair_up(
      indexes.dropped, indexes.created,
      [](const DropIndex& d, const CreateIndex& c) {
        return d.index.name.schema == c.index.name.schema && index_body(d.index) == index_body(c.index);
      },
      [&](const DropIndex& d, const CreateIndex& c) {
        suggestions.push_back(fmt::format("index {} is dropped and {} created with the same definition; {}",
                                          display_name(d.index.name), display_name(c.index.name),
                                          hint(RenameKind::index, quote_ident_if_needed(d.index.name.name),
                                               "CREATE INDEX " + quote_ident_if_needed(c.index.name.name),
                                               qualified_flag(d.index.name), c.index.name.name)));
      });
  pair_up(
      constraints.dropped, constraints.created,
      [](const DropConstraint& d, const AddConstraint& c) {
        return d.table == c.table && d.constraint.definition == c.constraint.definition;
      },
      [&](const DropConstraint& d, const AddConstraint& c) {
        suggestions.push_back(fmt::format(
            "constraint {} of {} is dropped and {} added with the same definition; {}",
            quote_ident_if_needed(d.constraint.name), display_name(d.table), quote_ident_if_needed(c.constraint.name),
            hint(RenameKind::constraint, quote_ident_if_needed(d.constraint.name),
                 "CONSTRAINT " + quote_ident_if_needed(c.constraint.name),
                 display_name(c.table) + "." + quote_ident_if_needed(d.constraint.name), c.constraint.name)));
      });
  pair_up(
      enums.dropped, enums.created,
      [](const DropEnum& d, const CreateEnum& c) {
        return d.type.name.schema == c.type.name.schema && d.type.labels == c.type.labels;
      },
      [&](const DropEnum& d, const CreateEnum& c) {
        suggestions.push_back(fmt::format("type {} is dropped and {} created with the same labels; {}",
                                          display_name(d.type.name), display_name(c.type.name),
                                          hint(RenameKind::enum_type, quote_ident_if_needed(d.type.name.name),
                                               "CREATE TYPE " + display_name(c.type.name),
                                               qualified_flag(d.type.name), c.type.name.name)));
      });
  const auto same_view = [](const auto& d, const auto& c) {
    return d.view.name.schema == c.view.name.schema && d.view.definition == c.view.definition;
  };
  const auto say_view = [&](const auto& d, const auto& c) {
    suggestions.push_back(fmt::format("view {} is dropped and {} created with the same query; {}",
                                      display_name(d.view.name), display_name(c.view.name),
                                      hint(RenameKind::view, quote_ident_if_needed(d.view.name.name),
                                           "CREATE VIEW " + display_name(c.view.name), qualified_flag(d.view.name),
                                           c.view.name.name)));
  };
  pair_up(views.dropped, views.created, same_view, say_view);
  pair_up(materialized_views.dropped, materialized_views.created, same_view, say_view);
  pair_up(
      routines.dropped, routines.created,
      [](const DropRoutine& d, const CreateRoutine& c) {
        return d.routine.name.name.schema == c.routine.name.name.schema &&
               d.routine.name.arguments == c.routine.name.arguments && !routine_body(d.routine).empty() &&
               routine_body(d.routine) == routine_body(c.routine);
      },
      [&](const DropRoutine& d, const CreateRoutine& c) {
        suggestions.push_back(fmt::format("function {} is dropped and {} created with the same body; {}",
                                          display_name(d.routine.name), display_name(c.routine.name),
                                          hint(RenameKind::function, quote_ident_if_needed(d.routine.name.name.name),
                                               "CREATE FUNCTION " + display_name(c.routine.name.name),
                                               qualified_flag(d.routine.name.name), c.routine.name.name.name)));
      });
  // One label swapped for another at the same place.
  for (const ReplaceEnum* replace : replaced_enums) {
    const auto& before = replace->from.labels;
    const auto& after = replace->to.labels;
    if (before.size() != after.size()) {
      continue;
    }
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < before.size(); ++i) {
      if (before[i] != after[i]) {
        changed.push_back(i);
      }
    }
    if (changed.size() != 1) {
      continue;
    }
    const std::string& old_label = before[changed[0]];
    const std::string& new_label = after[changed[0]];
    suggestions.push_back(fmt::format(
        "label '{}' of type {} is replaced by '{}'; {}", old_label, display_name(replace->to.name), new_label,
        hint(RenameKind::enum_label, "'" + old_label + "'", "the label '" + new_label + "'",
             display_name(replace->to.name) + "." + old_label, new_label)));
  }
  return suggestions;
}

}  // namespace schemadiff
