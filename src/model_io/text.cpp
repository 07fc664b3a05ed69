// SPDX-License-Identifier: MIT
// The human-readable listing: one line per object in the model's (identity) order, its
// parts indented under it. Definitions the catalog printed are shown as printed; the
// short summaries built here are only a fallback for models whose definitions are empty.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "schemadiff/model_io/text.hpp"
#include "schemadiff/sql/quote.hpp"

namespace schemadiff {
namespace {

class Listing {
 public:
  void line(int depth, const std::string& text) {
    m_text.append(static_cast<std::size_t>(depth) * 2, ' ');
    m_text += text;
    m_text += '\n';
  }

  void comment(int depth, const Comment& comment) {
    if (comment) {
      line(depth, "comment " + literal(*comment));
    }
  }

  /// A multi-line definition (a view's SELECT), kept as printed but indented under its
  /// object; trailing spaces and blank lines are dropped.
  void block(int depth, std::string_view text) {
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      std::string_view row = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      while (!row.empty() && (row.back() == ' ' || row.back() == '\r' || row.back() == '\t')) {
        row.remove_suffix(1);
      }
      if (!row.empty()) {
        line(depth, std::string(row));
      }
    }
  }

  /// A string as an SQL literal on one line; a line break shows as \n.
  static std::string literal(std::string_view text) {
    std::string shown;
    for (const char c : quote_literal(text)) {
      shown += c == '\n' ? std::string_view("\\n") : std::string_view(&c, 1);
    }
    return shown;
  }

  std::string take() { return std::move(m_text); }

 private:
  std::string m_text;
};

/// Line breaks and the indentation after them become single spaces.
std::string one_line(std::string_view text) {
  std::string result;
  bool in_break = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      in_break = true;
      continue;
    }
    if (in_break && (c == ' ' || c == '\t')) {
      continue;
    }
    if (in_break && !result.empty()) {
      result += ' ';
    }
    in_break = false;
    result += c;
  }
  return result;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      text += separator;
    }
    text += parts[i];
  }
  return text;
}

std::string ident_list(const std::vector<std::string>& names) {
  std::vector<std::string> quoted;
  quoted.reserve(names.size());
  for (const std::string& name : names) {
    quoted.push_back(quote_ident_if_needed(name));
  }
  return "(" + join(quoted, ", ") + ")";
}

std::string sequence_options(const SequenceOptions& options) {
  std::string text = options.data_type + " start " + std::to_string(options.start) + " increment " +
                     std::to_string(options.increment) + " minvalue " + std::to_string(options.min_value) +
                     " maxvalue " + std::to_string(options.max_value) + " cache " + std::to_string(options.cache);
  return options.cycle ? text + " cycle" : text;
}

std::string action_sql(ForeignKeyAction action) {
  switch (action) {
    case ForeignKeyAction::no_action: return "NO ACTION";
    case ForeignKeyAction::restrict: return "RESTRICT";
    case ForeignKeyAction::cascade: return "CASCADE";
    case ForeignKeyAction::set_null: return "SET NULL";
    case ForeignKeyAction::set_default: return "SET DEFAULT";
  }
  return {};
}

struct ConstraintSummary {
  std::string operator()(const PrimaryKey& key) const { return "PRIMARY KEY " + ident_list(key.columns); }
  std::string operator()(const Unique& unique) const { return "UNIQUE " + ident_list(unique.columns); }
  std::string operator()(const Check& check) const { return "CHECK (" + check.expression + ")"; }
  std::string operator()(const ForeignKey& key) const {
    return "FOREIGN KEY " + ident_list(key.columns) + " REFERENCES " + display_name(key.referenced_table) +
           ident_list(key.referenced_columns) + " ON UPDATE " + action_sql(key.on_update) + " ON DELETE " +
           action_sql(key.on_delete);
  }
  std::string operator()(const Exclusion& exclusion) const { return "EXCLUDE USING " + exclusion.method; }
};

std::string storage_name(ColumnStorage storage) {
  switch (storage) {
    case ColumnStorage::plain: return "plain";
    case ColumnStorage::external: return "external";
    case ColumnStorage::extended: return "extended";
    case ColumnStorage::main: return "main";
  }
  return {};
}

std::string column_line(const Column& column) {
  std::string text = "column " + quote_ident_if_needed(column.name) + " " + column.type;
  if (column.collation) {
    text += " collate " + *column.collation;
  }
  if (column.not_null) {
    text += " not null";
  }
  if (column.default_expr) {
    text += " default " + one_line(*column.default_expr);
  }
  if (column.identity) {
    const bool always = column.identity->kind == IdentityKind::always;
    text += std::string(always ? " generated always" : " generated by default") + " as identity (" +
            sequence_options(column.identity->options) + ")";
  }
  if (column.generated) {
    text += " generated always as (" + one_line(*column.generated) + ") stored";
  }
  if (column.storage) {
    text += " storage " + storage_name(*column.storage);
  }
  if (column.compression) {
    text += " compression " + *column.compression;
  }
  return text;
}

void list_table(Listing& out, const Table& table) {
  std::string head = table.persistence == Persistence::unlogged ? "unlogged table " : "table ";
  head += display_name(table.name);
  if (table.partition_key) {
    head += " partition by " + *table.partition_key;
  }
  if (table.partition_of) {
    head += " partition of " + display_name(table.partition_of->parent) + " " + table.partition_of->bound;
  }
  if (!table.inherits.empty()) {
    std::vector<std::string> parents;
    for (const QualifiedName& parent : table.inherits) {
      parents.push_back(display_name(parent));
    }
    head += " inherits (" + join(parents, ", ") + ")";
  }
  out.line(0, head);
  if (table.replica_identity.kind == ReplicaIdentityKind::index) {
    out.line(1, "replica identity using index " + quote_ident_if_needed(table.replica_identity.index));
  } else if (table.replica_identity.kind != ReplicaIdentityKind::default_) {
    const bool full = table.replica_identity.kind == ReplicaIdentityKind::full;
    out.line(1, std::string("replica identity ") + (full ? "full" : "nothing"));
  }
  if (!table.storage_parameters.empty()) {
    out.line(1, "with (" + join(table.storage_parameters, ", ") + ")");
  }
  out.comment(1, table.comment);
  if (table.row_security.enabled || table.row_security.forced) {
    out.line(1, std::string("row level security ") + (table.row_security.enabled ? "enabled" : "disabled") +
                    (table.row_security.forced ? ", forced" : ""));
  }
  for (const Column& column : table.columns) {
    out.line(1, column_line(column));
    out.comment(2, column.comment);
  }
  for (const auto& [name, constraint] : table.constraints) {
    const std::string definition = constraint.definition.empty() ? std::visit(ConstraintSummary{}, constraint.kind)
                                                                 : one_line(constraint.definition);
    out.line(1, "constraint " + quote_ident_if_needed(name) + " " + definition);
    out.comment(2, constraint.comment);
  }
}

std::string index_summary(const Index& index) {
  std::vector<std::string> keys;
  for (const IndexKey& key : index.keys) {
    keys.push_back(key.is_expression ? "(" + key.expression + ")" : quote_ident_if_needed(key.expression));
  }
  const bool unique = index.uniqueness == IndexUniqueness::unique;
  return std::string(unique ? "unique " : "") + "on " + display_name(index.table) + " using " + index.method + " (" +
         join(keys, ", ") + ")";
}

void list_view(Listing& out, std::string_view kind, const View& view) {
  std::vector<std::string> columns;
  columns.reserve(view.columns.size());
  for (const ViewColumn& column : view.columns) {
    columns.push_back(quote_ident_if_needed(column.name) + " " + column.type);
  }
  out.line(0, std::string(kind) + " " + display_name(view.name) + " (" + join(columns, ", ") + ")");
  if (!view.options.empty()) {
    out.line(1, "with (" + join(view.options, ", ") + ")");
  }
  out.comment(1, view.comment);
  out.line(1, "as");
  out.block(2, view.definition);
}

std::string volatility_name(Volatility volatility) {
  switch (volatility) {
    case Volatility::volatile_: return "volatile";
    case Volatility::stable: return "stable";
    case Volatility::immutable: return "immutable";
  }
  return {};
}

std::string routine_line(const Routine& routine) {
  switch (routine.kind) {
    case RoutineKind::function:
      return "function " + display_name(routine.name) + " returns " + routine.result + " language " +
             routine.language + " " + volatility_name(routine.volatility);
    case RoutineKind::procedure:
      return "procedure " + display_name(routine.name) + " language " + routine.language;
  }
  return {};
}

std::string event_name(const TriggerEvent& event) {
  switch (event.kind) {
    case TriggerEventKind::insert: return "INSERT";
    case TriggerEventKind::update: {
      if (event.columns.empty()) {
        return "UPDATE";
      }
      const std::string columns = ident_list(event.columns);
      return "UPDATE OF " + columns.substr(1, columns.size() - 2);
    }
    case TriggerEventKind::delete_: return "DELETE";
    case TriggerEventKind::truncate: return "TRUNCATE";
  }
  return {};
}

std::string trigger_summary(const Trigger& trigger) {
  std::vector<std::string> events;
  for (const TriggerEvent& event : trigger.events) {
    events.push_back(event_name(event));
  }
  std::string timing;
  switch (trigger.timing) {
    case TriggerTiming::before: timing = "BEFORE"; break;
    case TriggerTiming::after: timing = "AFTER"; break;
    case TriggerTiming::instead_of: timing = "INSTEAD OF"; break;
  }
  const bool row = trigger.level == TriggerLevel::row;
  std::string text = timing + " " + join(events, " OR ") + (row ? " FOR EACH ROW" : " FOR EACH STATEMENT");
  if (trigger.when) {
    text += " WHEN (" + *trigger.when + ")";
  }
  return text + " EXECUTE FUNCTION " + display_name(trigger.function);
}

std::string object_name(const ObjectRef& ref) {
  std::string name = ref.name.schema.empty() ? quote_ident_if_needed(ref.name.name) : display_name(ref.name);
  if (ref.kind == ObjectKind::routine) {
    name += "(" + ref.member + ")";
  } else if (!ref.member.empty()) {
    name += "." + quote_ident_if_needed(ref.member);
  }
  return std::string(to_string(ref.kind)) + " " + name;
}

std::string command_name(PolicyCommand command) {
  switch (command) {
    case PolicyCommand::all: return "all";
    case PolicyCommand::select: return "select";
    case PolicyCommand::insert: return "insert";
    case PolicyCommand::update: return "update";
    case PolicyCommand::delete_: return "delete";
  }
  return "all";
}

std::string policy_line(const Policy& policy) {
  std::string text = "policy " + display_name(policy.name) + (policy.permissive ? "" : " restrictive") + " for " +
                     command_name(policy.command) + " to " + join(policy.roles, ", ");
  if (policy.using_expr) {
    text += " using (" + one_line(*policy.using_expr) + ")";
  }
  if (policy.check_expr) {
    text += " with check (" + one_line(*policy.check_expr) + ")";
  }
  return text;
}

std::string collate_suffix(const std::optional<std::string>& collation) {
  return collation ? " collate " + *collation : "";
}

void list_user_types(Listing& out, const SchemaModel& model) {
  for (const auto& [name, collation] : model.collations) {
    std::string text = "collation " + display_name(name) + " provider " + collation.provider;
    for (const auto& [key, value] : {std::pair{"locale", &collation.locale}, std::pair{"lc_collate", &collation.lc_collate},
                                     std::pair{"lc_ctype", &collation.lc_ctype}}) {
      if (*value) {
        text += std::string(" ") + key + " " + Listing::literal(**value);
      }
    }
    out.line(0, collation.deterministic ? text : text + " nondeterministic");
    out.comment(1, collation.comment);
  }
  for (const auto& [name, domain] : model.domains) {
    std::string text = "domain " + display_name(name) + " " + domain.base_type + collate_suffix(domain.collation);
    if (domain.not_null) {
      text += " not null";
    }
    if (domain.default_expr) {
      text += " default " + one_line(*domain.default_expr);
    }
    out.line(0, text);
    out.comment(1, domain.comment);
    for (const auto& [constraint_name, constraint] : domain.constraints) {
      const bool not_valid = constraint.validation == Validation::not_valid;
      out.line(1, "constraint " + quote_ident_if_needed(constraint_name) + " " + one_line(constraint.definition) +
                      (not_valid ? " NOT VALID" : ""));
      out.comment(2, constraint.comment);
    }
  }
  for (const auto& [name, type] : model.composite_types) {
    out.line(0, "composite type " + display_name(name));
    out.comment(1, type.comment);
    for (const CompositeAttribute& attribute : type.attributes) {
      out.line(1, "attribute " + quote_ident_if_needed(attribute.name) + " " + attribute.type +
                      collate_suffix(attribute.collation));
    }
  }
  for (const auto& [name, type] : model.range_types) {
    std::string text = "range type " + display_name(name) + " subtype " + type.subtype;
    for (const auto& [key, value] : {std::pair{"opclass", &type.subtype_opclass}, std::pair{"collate", &type.collation},
                                     std::pair{"canonical", &type.canonical}, std::pair{"subtype_diff", &type.subtype_diff}}) {
      if (*value) {
        text += std::string(" ") + key + " " + **value;
      }
    }
    if (type.multirange_type) {
      text += " multirange " + display_name(*type.multirange_type);
    }
    out.line(0, text);
    out.comment(1, type.comment);
  }
}

}  // namespace

std::string format_model_text(const SchemaModel& model) {
  Listing out;
  for (const auto& [name, schema] : model.schemas) {
    out.line(0, "schema " + quote_ident_if_needed(schema.name));
    out.comment(1, schema.comment);
  }
  for (const auto& [name, extension] : model.extensions) {
    out.line(0, "extension " + quote_ident_if_needed(extension.name) + " " + extension.version + " (schema " +
                    quote_ident_if_needed(extension.schema) + ")");
    out.comment(1, extension.comment);
  }
  for (const auto& [name, type] : model.enums) {
    std::vector<std::string> labels;
    for (const std::string& label : type.labels) {
      labels.push_back(Listing::literal(label));
    }
    out.line(0, "enum " + display_name(type.name) + " (" + join(labels, ", ") + ")");
    out.comment(1, type.comment);
  }
  list_user_types(out, model);
  for (const auto& [name, sequence] : model.sequences) {
    std::string text = "sequence " + display_name(sequence.name) + " " + sequence_options(sequence.options);
    if (sequence.owned_by) {
      text += " owned by " + display_name(MemberName{sequence.owned_by->table, sequence.owned_by->column});
    }
    out.line(0, text);
    out.comment(1, sequence.comment);
  }
  for (const auto& [name, table] : model.tables) {
    list_table(out, table);
  }
  for (const auto& [name, index] : model.indexes) {
    const std::string definition = index.definition.empty() ? index_summary(index) : one_line(index.definition);
    out.line(0, "index " + display_name(index.name) + ": " + definition);
    out.comment(1, index.comment);
  }
  for (const auto& [name, view] : model.views) {
    list_view(out, "view", view);
  }
  for (const auto& [name, view] : model.materialized_views) {
    list_view(out, "materialized view", view);
  }
  for (const auto& [name, routine] : model.routines) {
    out.line(0, routine_line(routine));
    out.comment(1, routine.comment);
  }
  for (const auto& [name, trigger] : model.triggers) {
    const std::string definition = trigger.definition.empty() ? trigger_summary(trigger) : one_line(trigger.definition);
    out.line(0, "trigger " + display_name(trigger.name) + ": " + definition);
    out.comment(1, trigger.comment);
  }
  for (const auto& [name, policy] : model.policies) {
    out.line(0, policy_line(policy));
    out.comment(1, policy.comment);
  }
  for (const auto& [object, grants] : model.privileges) {
    for (const Grant& grant : grants) {
      out.line(0, "grant " + grant.privilege + " on " + object_name(object) + " to " + grant.grantee +
                      (grant.grantable ? " with grant option" : ""));
    }
  }
  for (const auto& [object, owner] : model.owners) {
    out.line(0, "owner of " + object_name(object) + ": " + owner);
  }
  for (const UnmanagedObject& object : model.unmanaged) {
    out.line(0, "unmanaged " + describe(object.kind) + " " + object.name);
  }
  return out.take();
}

}  // namespace schemadiff
