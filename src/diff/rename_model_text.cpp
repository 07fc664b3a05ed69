// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <variant>
#include <vector>

#include "diff/rename_model_detail.hpp"
#include "schemadiff/sql/tokens.hpp"

namespace schemadiff::diff_detail {
namespace {

void rewrite_routine_header(Routine& routine, const Rewrite& rewrite) {
  const auto [start, end] = routine_header(routine.definition);
  routine.definition = rewrite(std::string_view(routine.definition).substr(start, end)) + routine.definition.substr(end);
  routine.result = rewrite(routine.result);
  routine.name.arguments = rewrite(routine.name.arguments);
}

void rewrite_view(View& view, const Rewrite& definition_rewrite, const Rewrite& type_rewrite) {
  view.definition = definition_rewrite(view.definition);
  for (ViewColumn& column : view.columns) {
    column.type = type_rewrite(column.type);
  }
}

ObjectRef rewrite_routine_ref(ObjectRef ref, const Rewrite& rewrite) {
  if (ref.kind == ObjectKind::routine) {
    ref.member = rewrite(ref.member);
  }
  return ref;
}

void normalize_dependencies(std::vector<Dependency>& dependencies) {
  std::sort(dependencies.begin(), dependencies.end());
  dependencies.erase(std::unique(dependencies.begin(), dependencies.end()), dependencies.end());
}

void rewrite_policies(SchemaModel& model, const Rewrite& rewrite) {
  for (auto& [name, policy] : model.policies) {
    rewrite_optional(policy.using_expr, rewrite);
    rewrite_optional(policy.check_expr, rewrite);
  }
}

// Where the first keyword `keyword` (blanks around it ignored) starts, or npos: a name or
// literal that spells it is not it.
std::size_t keyword_position(const std::string& text, std::string_view keyword) {
  keyword.remove_prefix(std::min(keyword.find_first_not_of(' '), keyword.size()));
  keyword = keyword.substr(0, keyword.find(' '));
  for (const sql::Token& token : sql::scan(text, "definition being renamed")) {
    if (sql::is_keyword(text, token, keyword)) {
      return token.start;
    }
  }
  return std::string::npos;
}

template <typename Value>
void rekey_refs(std::map<ObjectRef, Value>& map, const std::function<void(ObjectRef&)>& change) {
  std::map<ObjectRef, Value> result;
  for (auto& [ref, value] : map) {
    ObjectRef key = ref;
    change(key);
    result.emplace(std::move(key), std::move(value));
  }
  map = std::move(result);
}

}  // namespace

std::pair<std::size_t, std::size_t> routine_header(const std::string& definition) {
  // pg_get_functiondef starts the body on a line of its own: `AS $function$...`,
  // `BEGIN ATOMIC ...` or `RETURN expr`.
  const std::vector<sql::Token> tokens = sql::scan(definition, "routine definition");
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const sql::Token& token = tokens[i];
    const bool starts_line = token.start > 0 && definition[token.start - 1] == '\n';
    const bool atomic = i + 1 < tokens.size() && sql::is_keyword(definition, tokens[i + 1], "atomic");
    if (starts_line && (sql::is_keyword(definition, token, "as") || sql::is_keyword(definition, token, "return") ||
                        (sql::is_keyword(definition, token, "begin") && atomic))) {
      return {0, token.start - 1};
    }
  }
  return {0, definition.size()};
}

void rewrite_optional(std::optional<std::string>& text, const Rewrite& rewrite) {
  if (text) {
    text = rewrite(*text);
  }
}

void rewrite_constraint(Constraint& constraint, const Rewrite& rewrite) {
  constraint.definition = rewrite(constraint.definition);
  if (auto* check = std::get_if<Check>(&constraint.kind)) {
    check->expression = rewrite(check->expression);
  }
}

void rewrite_index(Index& index, const Rewrite& rewrite) {
  index.definition = rewrite(index.definition);
  rewrite_optional(index.predicate, rewrite);
  for (IndexKey& key : index.keys) {
    if (key.is_expression) {
      key.expression = rewrite(key.expression);
    }
  }
}

void rewrite_texts(SchemaModel& model, const Rewrite& rewrite, const Rewrite& view_rewrite) {
  for (auto& [name, table] : model.tables) {
    for (Column& column : table.columns) {
      column.type = rewrite(column.type);
      rewrite_optional(column.default_expr, rewrite);
      rewrite_optional(column.generated, rewrite);
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      rewrite_constraint(constraint, rewrite);
    }
  }
  for (auto& [name, index] : model.indexes) {
    rewrite_index(index, rewrite);
  }
  for (auto* views : {&model.views, &model.materialized_views}) {
    for (auto& [name, view] : *views) {
      rewrite_view(view, view_rewrite, rewrite);
    }
  }
  for (auto& [name, trigger] : model.triggers) {
    trigger.definition = rewrite(trigger.definition);
    rewrite_optional(trigger.when, rewrite);
    trigger.function.arguments = rewrite(trigger.function.arguments);
  }
  rewrite_policies(model, rewrite);
  for (auto& [name, domain] : model.domains) {
    domain.base_type = rewrite(domain.base_type);
    rewrite_optional(domain.default_expr, rewrite);
    for (auto& [constraint_name, constraint] : domain.constraints) {
      constraint.definition = rewrite(constraint.definition);
    }
  }
  for (auto& [name, type] : model.composite_types) {
    for (CompositeAttribute& attribute : type.attributes) {
      attribute.type = rewrite(attribute.type);
    }
  }
  for (auto& [name, type] : model.range_types) {
    type.subtype = rewrite(type.subtype);
  }
  std::map<RoutineName, Routine> routines;
  for (auto& [name, routine] : model.routines) {
    rewrite_routine_header(routine, rewrite);
    routines.emplace(routine.name, std::move(routine));
  }
  model.routines = std::move(routines);
  for (Dependency& dependency : model.dependencies) {
    dependency.dependent = rewrite_routine_ref(dependency.dependent, rewrite);
    dependency.referenced = rewrite_routine_ref(dependency.referenced, rewrite);
  }
  normalize_dependencies(model.dependencies);
}

void rename_refs(SchemaModel& model, const std::function<void(ObjectRef&)>& change) {
  for (Dependency& dependency : model.dependencies) {
    change(dependency.dependent);
    change(dependency.referenced);
  }
  normalize_dependencies(model.dependencies);
  rekey_refs(model.privileges, change);
  rekey_refs(model.owners, change);
}

void rename_in_list(std::vector<std::string>& names, const std::string& from, const std::string& to) {
  std::replace(names.begin(), names.end(), from, to);
}

std::string rewrite_after(const std::string& text, std::string_view keyword, const Rewrite& rewrite) {
  const std::size_t at = keyword_position(text, keyword);
  if (at == std::string::npos) {
    return text;
  }
  return text.substr(0, at) + rewrite(std::string_view(text).substr(at));
}

std::string rewrite_before(const std::string& text, std::string_view keyword, const Rewrite& rewrite) {
  const std::size_t at = keyword_position(text, keyword);
  if (at == std::string::npos) {
    return rewrite(text);
  }
  return rewrite(std::string_view(text).substr(0, at)) + text.substr(at);
}

}  // namespace schemadiff::diff_detail
