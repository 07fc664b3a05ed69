// SPDX-License-Identifier: MIT
#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

std::string alter_domain(const QualifiedName& domain) { return "ALTER DOMAIN " + quote_qualified(domain) + " "; }

std::string add_constraint(const QualifiedName& domain, const DomainConstraint& constraint) {
  std::string sql = alter_domain(domain) + "ADD CONSTRAINT " + quote_ident(constraint.name) + " " + constraint.definition;
  if (constraint.validation == Validation::not_valid) {
    sql += " NOT VALID";
  }
  return sql;
}

// CREATE DOMAIN takes no NOT VALID: such constraints are added after it.
Statements create_domain(const Domain& domain) {
  std::string sql = "CREATE DOMAIN " + quote_qualified(domain.name) + " AS " + domain.base_type;
  if (domain.collation) {
    sql += " COLLATE " + *domain.collation;
  }
  if (domain.default_expr) {
    sql += " DEFAULT " + *domain.default_expr;
  }
  if (domain.not_null) {
    sql += " NOT NULL";
  }
  Statements later;
  for (const auto& [name, constraint] : domain.constraints) {
    if (constraint.validation == Validation::not_valid) {
      later.push_back(add_constraint(domain.name, constraint));
      continue;
    }
    sql += " CONSTRAINT " + quote_ident(name) + " " + constraint.definition;
  }
  Statements statements{sql};
  statements.insert(statements.end(), later.begin(), later.end());
  return statements;
}

}  // namespace

template <>
Statements render_operation(const CreateDomain& op) { return create_domain(op.domain); }

template <>
Statements render_operation(const DropDomain& op) { return {"DROP DOMAIN " + quote_qualified(op.domain.name)}; }

template <>
Statements render_operation(const AlterDomain& op) {
  Statements statements;
  if (op.from.default_expr != op.to.default_expr) {
    statements.push_back(alter_domain(op.to.name) +
                         (op.to.default_expr ? "SET DEFAULT " + *op.to.default_expr : std::string("DROP DEFAULT")));
  }
  if (op.from.not_null != op.to.not_null) {
    statements.push_back(alter_domain(op.to.name) + (op.to.not_null ? "SET NOT NULL" : "DROP NOT NULL"));
  }
  return statements;
}

template <>
Statements render_operation(const AddDomainConstraint& op) { return {add_constraint(op.domain, op.constraint)}; }

template <>
Statements render_operation(const DropDomainConstraint& op) {
  return {alter_domain(op.domain) + "DROP CONSTRAINT " + quote_ident(op.constraint.name)};
}

template <>
Statements render_operation(const ValidateDomainConstraint& op) {
  return {alter_domain(op.domain) + "VALIDATE CONSTRAINT " + quote_ident(op.constraint.name)};
}

template <>
Statements render_operation(const ReplaceDomain& op) {
  Statements replace{"DROP DOMAIN " + quote_qualified(op.from.name)};
  for (std::string& statement : create_domain(op.to)) {
    replace.push_back(std::move(statement));
  }
  return replace_type_with_columns(op.columns, std::move(replace));
}

}  // namespace schemadiff::render_detail
