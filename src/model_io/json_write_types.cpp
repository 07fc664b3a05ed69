// SPDX-License-Identifier: MIT
// Keys are set in the order docs/json-format.md lists them, defaults and absent optional
// fields left out, as in json_write.cpp.
#include "model_io/json_types.hpp"

namespace schemadiff::model_io {
namespace {

Json qualified(const QualifiedName& name) {
  Json object = Json::object();
  object["schema"] = name.schema;
  object["name"] = name.name;
  return object;
}

void put_optional(Json& object, const char* key, const std::optional<std::string>& value) {
  if (value) {
    object[key] = *value;
  }
}

Json domain_constraint_json(const DomainConstraint& constraint) {
  Json object = Json::object();
  object["name"] = constraint.name;
  object["definition"] = constraint.definition;
  if (constraint.validation != Validation::validated) {
    object["validation"] = std::string(json_name(constraint.validation));
  }
  put_optional(object, "comment", constraint.comment);
  return object;
}

}  // namespace

Json collation_json(const Collation& collation) {
  Json object = qualified(collation.name);
  object["provider"] = collation.provider;
  put_optional(object, "locale", collation.locale);
  put_optional(object, "lc_collate", collation.lc_collate);
  put_optional(object, "lc_ctype", collation.lc_ctype);
  if (!collation.deterministic) {
    object["deterministic"] = false;
  }
  put_optional(object, "comment", collation.comment);
  return object;
}

Json domain_json(const Domain& domain) {
  Json object = qualified(domain.name);
  object["base_type"] = domain.base_type;
  put_optional(object, "collation", domain.collation);
  put_optional(object, "default", domain.default_expr);
  if (domain.not_null) {
    object["not_null"] = true;
  }
  if (!domain.constraints.empty()) {
    Json constraints = Json::array();
    for (const auto& [name, constraint] : domain.constraints) {
      constraints.push_back(domain_constraint_json(constraint));
    }
    object["constraints"] = std::move(constraints);
  }
  put_optional(object, "comment", domain.comment);
  return object;
}

Json composite_type_json(const CompositeType& type) {
  Json object = qualified(type.name);
  Json attributes = Json::array();
  for (const CompositeAttribute& attribute : type.attributes) {
    Json entry = Json::object();
    entry["name"] = attribute.name;
    entry["type"] = attribute.type;
    put_optional(entry, "collation", attribute.collation);
    attributes.push_back(std::move(entry));
  }
  object["attributes"] = std::move(attributes);
  put_optional(object, "comment", type.comment);
  return object;
}

Json range_type_json(const RangeType& type) {
  Json object = qualified(type.name);
  object["subtype"] = type.subtype;
  put_optional(object, "subtype_opclass", type.subtype_opclass);
  put_optional(object, "collation", type.collation);
  put_optional(object, "canonical", type.canonical);
  put_optional(object, "subtype_diff", type.subtype_diff);
  if (type.multirange_type) {
    object["multirange_type"] = qualified(*type.multirange_type);
  }
  put_optional(object, "comment", type.comment);
  return object;
}

}  // namespace schemadiff::model_io
