// SPDX-License-Identifier: MIT
#include <string_view>
#include <unordered_map>

#include "introspect/loaders.hpp"

namespace schemadiff::introspection {
namespace {

constexpr std::string_view k_not_valid = " NOT VALID";

/// pg_get_constraintdef appends NOT VALID to a constraint not yet validated; the model
/// keeps that as the validation state instead.
std::string without_not_valid(std::string definition, bool validated) {
  if (!validated && definition.size() >= k_not_valid.size() &&
      definition.compare(definition.size() - k_not_valid.size(), k_not_valid.size(), k_not_valid) == 0) {
    definition.resize(definition.size() - k_not_valid.size());
  }
  return definition;
}

void load_domain_constraints(Catalog& catalog, const std::unordered_map<Oid, QualifiedName>& domains) {
  const ResultSet result = catalog.query_in_schemas("domain_constraints");
  const Field oid(result, "oid");
  const Field domain(result, "domain");
  const Field name(result, "name");
  const Field definition(result, "definition");
  const Field validated(result, "validated");
  for (const auto& row : result.rows()) {
    const auto owner = domains.find(domain.oid(row));
    if (owner == domains.end()) {
      continue;
    }
    const bool is_validated = validated.flag(row);
    DomainConstraint constraint{.name = name.text(row),
                                .definition = without_not_valid(definition.text(row), is_validated),
                                .validation = is_validated ? Validation::validated : Validation::not_valid,
                                .comment = std::nullopt};
    catalog.constraints.emplace(
        oid.oid(row), Member{.ref = object_ref(ObjectKind::domain_constraint, owner->second, constraint.name),
                             .owner = 0});
    catalog.model.domains.at(owner->second).constraints.emplace(constraint.name, std::move(constraint));
  }
}

}  // namespace

void load_domains(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("domains");
  const Field oid(result, "oid");
  const Field array_oid(result, "array_oid");
  const Field schema(result, "schema");
  const Field name(result, "name");
  const Field base_type(result, "base_type");
  const Field collation(result, "collation");
  const Field default_expr(result, "default_expr");
  const Field not_null(result, "not_null");
  std::unordered_map<Oid, QualifiedName> domains;
  for (const auto& row : result.rows()) {
    Domain domain{.name = {schema.text(row), name.text(row)},
                  .base_type = base_type.text(row),
                  .collation = collation.optional_text(row),
                  .default_expr = default_expr.optional_text(row),
                  .not_null = not_null.flag(row),
                  .constraints = {},
                  .comment = std::nullopt};
    const ObjectRef ref = object_ref(ObjectKind::domain, domain.name);
    domains.emplace(oid.oid(row), domain.name);
    catalog.user_types.emplace(oid.oid(row), ref);
    // Columns of type domain[] depend on the array type, which stands for the domain here.
    if (const Oid array = array_oid.oid(row); array != 0) {
      catalog.user_types.emplace(array, ref);
    }
    catalog.model.domains.emplace(domain.name, std::move(domain));
  }
  load_domain_constraints(catalog, domains);
}

}  // namespace schemadiff::introspection
