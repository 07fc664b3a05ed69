// SPDX-License-Identifier: MIT
#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

void comment_created_domain(Operations& ops, const Domain& domain) {
  comment_created(ops, domain_ref(domain.name), domain.comment);
  for (const auto& [name, constraint] : domain.constraints) {
    comment_created(ops, domain_constraint_ref(domain.name, name), constraint.comment);
  }
}

void add_domain_constraint(Operations& ops, const QualifiedName& domain, const DomainConstraint& constraint) {
  ops.put(AddDomainConstraint{domain, constraint});
  comment_created(ops, domain_constraint_ref(domain, constraint.name), constraint.comment);
}

// A CHECK whose text changed under the same name is dropped and added again; a validated
// one cannot go back to NOT VALID in place either.
void diff_domain_constraints(const Domain& from, const Domain& to, Operations& ops) {
  diff_maps(
      from.constraints, to.constraints,
      [&](const DomainConstraint& constraint) { ops.put(DropDomainConstraint{from.name, constraint}); },
      [&](const DomainConstraint& constraint) { add_domain_constraint(ops, to.name, constraint); },
      [&](const DomainConstraint& before, const DomainConstraint& after) {
        if (before.definition != after.definition ||
            (before.validation == Validation::validated && after.validation == Validation::not_valid)) {
          ops.put(DropDomainConstraint{from.name, before});
          add_domain_constraint(ops, to.name, after);
          return Alteration::in_place;
        }
        if (before.validation != after.validation) {
          ops.put(ValidateDomainConstraint{to.name, after});
        }
        set_comment(ops, domain_constraint_ref(to.name, after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace

void diff_domains(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.domains, to.domains, [&](const Domain& domain) { ops.put(DropDomain{domain}); },
      [&](const Domain& domain) {
        ops.put(CreateDomain{domain});
        comment_created_domain(ops, domain);
      },
      [&](const Domain& before, const Domain& after) {
        if (before.base_type != after.base_type || before.collation != after.collation) {
          ops.put(ReplaceDomain{before, after, type_column_uses(from, domain_ref(before.name), ops)});
          // The replacement is a new domain, which starts without comments.
          comment_created_domain(ops, after);
          return Alteration::in_place;
        }
        if (before.default_expr != after.default_expr || before.not_null != after.not_null) {
          ops.put(AlterDomain{before, after});
        }
        diff_domain_constraints(before, after, ops);
        set_comment(ops, domain_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
