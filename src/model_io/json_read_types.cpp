// SPDX-License-Identifier: MIT
// The reading half of json_types.hpp, mirroring json_write_types.cpp.
#include <string>
#include <utility>
#include <vector>

#include "model_io/json_types.hpp"

namespace schemadiff::model_io {
namespace {

QualifiedName read_qualified(JsonReader& reader) {
  QualifiedName name;
  name.schema = reader.required_string("schema");
  name.name = reader.required_string("name");
  return name;
}

Collation read_collation(JsonReader& reader) {
  Collation collation;
  collation.name = read_qualified(reader);
  collation.provider = reader.required_string("provider");
  collation.locale = reader.optional_string("locale");
  collation.lc_collate = reader.optional_string("lc_collate");
  collation.lc_ctype = reader.optional_string("lc_ctype");
  collation.deterministic = reader.bool_or("deterministic", true);
  collation.comment = reader.optional_string("comment");
  return collation;
}

DomainConstraint read_domain_constraint(JsonReader& reader) {
  DomainConstraint constraint;
  constraint.name = reader.required_string("name");
  constraint.definition = reader.required_string("definition");
  constraint.validation = reader.enum_or("validation", Validation::validated);
  constraint.comment = reader.optional_string("comment");
  return constraint;
}

Domain read_domain(JsonReader& reader) {
  Domain domain;
  domain.name = read_qualified(reader);
  domain.base_type = reader.required_string("base_type");
  domain.collation = reader.optional_string("collation");
  domain.default_expr = reader.optional_string("default");
  domain.not_null = reader.bool_or("not_null", false);
  reader.each_object("constraints", Presence::optional, read_domain_constraint,
                     into_map(domain.constraints, "constraint", [](const DomainConstraint& c) { return c.name; }));
  domain.comment = reader.optional_string("comment");
  return domain;
}

CompositeType read_composite_type(JsonReader& reader) {
  CompositeType type;
  type.name = read_qualified(reader);
  reader.each_object(
      "attributes", Presence::required,
      [](JsonReader& attribute) {
        CompositeAttribute result;
        result.name = attribute.required_string("name");
        result.type = attribute.required_string("type");
        result.collation = attribute.optional_string("collation");
        return result;
      },
      into_named_list(type.attributes, "attribute"));
  type.comment = reader.optional_string("comment");
  return type;
}

RangeType read_range_type(JsonReader& reader) {
  RangeType type;
  type.name = read_qualified(reader);
  type.subtype = reader.required_string("subtype");
  type.subtype_opclass = reader.optional_string("subtype_opclass");
  type.collation = reader.optional_string("collation");
  type.canonical = reader.optional_string("canonical");
  type.subtype_diff = reader.optional_string("subtype_diff");
  type.multirange_type = reader.optional_object("multirange_type", read_qualified);
  type.comment = reader.optional_string("comment");
  return type;
}

template <typename Map>
auto into(Map& map, const char* what) {
  return [&map, what](auto value, const JsonReader& element) {
    const QualifiedName name = value.name;
    if (!map.emplace(name, std::move(value)).second) {
      element.fail(std::string("duplicate ") + what + " " + display_name(name));
    }
  };
}

}  // namespace

void add_user_type_sections(std::vector<Section>& sections, SchemaModel& model) {
  sections.push_back(section("collations", Presence::optional, read_collation, into(model.collations, "collation")));
  sections.push_back(section("domains", Presence::optional, read_domain, into(model.domains, "domain")));
  sections.push_back(section("composite_types", Presence::optional, read_composite_type,
                             into(model.composite_types, "composite type")));
  sections.push_back(
      section("range_types", Presence::optional, read_range_type, into(model.range_types, "range type")));
}

}  // namespace schemadiff::model_io
