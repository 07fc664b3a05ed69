// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/constraint.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

/// A named CHECK constraint of a domain.
struct DomainConstraint {
  std::string name;
  /// pg_get_constraintdef without a trailing NOT VALID, e.g. `CHECK ((VALUE > 0))`: the
  /// validation state is its own field, so NOT VALID -> validated is a VALIDATE.
  std::string definition;
  Validation validation = Validation::validated;
  Comment comment;

  bool operator==(const DomainConstraint&) const = default;
};

/// CREATE DOMAIN. The base type and collation cannot change in place (the domain is
/// replaced, its columns carried over); default, NOT NULL and constraints can.
struct Domain {
  QualifiedName name;
  std::string base_type;  ///< format_type(typbasetype, typtypmod), e.g. numeric(10,2)
  std::optional<std::string> collation;  ///< only when not the base type's default
  std::optional<std::string> default_expr;
  bool not_null = false;
  std::map<std::string, DomainConstraint> constraints;  ///< keyed by constraint name
  Comment comment;

  bool operator==(const Domain&) const = default;
};

}  // namespace schemadiff
