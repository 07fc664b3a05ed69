// SPDX-License-Identifier: MIT
// Requirements of collations, domains, composite and range types (object_requirements.hpp).
#include "plan/object_requirements.hpp"

namespace schemadiff::planning {
namespace {

void add_dependencies(RefSet& refs, const ObjectRef& ref, const ModelIndex& side) {
  for (const ObjectRef& referenced : side.dependencies_of(ref)) {
    refs.insert(referenced);
  }
}

}  // namespace

RefSet type_text_requirements(const std::string& type, const std::optional<std::string>& collation,
                              const ModelIndex& side) {
  RefSet refs;
  if (const auto named = side.enum_named(type)) {
    refs.insert(type_ref(*named));
  }
  if (const auto named = side.user_type_named(type)) {
    refs.insert(*named);
  }
  if (collation) {
    if (const auto named = side.collation_named(*collation)) {
      refs.insert(collation_ref(*named));
    }
  }
  return refs;
}

RefSet collation_requirements(const Collation& collation, const ModelIndex& side) {
  RefSet refs{schema_ref(collation.name.schema)};
  add_dependencies(refs, collation_ref(collation.name), side);
  return refs;
}

RefSet domain_requirements(const Domain& domain, const ModelIndex& side) {
  RefSet refs{schema_ref(domain.name.schema)};
  refs.merge(type_text_requirements(domain.base_type, domain.collation, side));
  add_dependencies(refs, domain_ref(domain.name), side);
  return refs;
}

RefSet composite_type_requirements(const CompositeType& type, const ModelIndex& side) {
  RefSet refs{schema_ref(type.name.schema)};
  for (const CompositeAttribute& attribute : type.attributes) {
    refs.merge(type_text_requirements(attribute.type, attribute.collation, side));
  }
  add_dependencies(refs, composite_type_ref(type.name), side);
  return refs;
}

RefSet range_type_requirements(const RangeType& type, const ModelIndex& side) {
  RefSet refs{schema_ref(type.name.schema)};
  refs.merge(type_text_requirements(type.subtype, type.collation, side));
  if (type.multirange_type) {
    refs.insert(schema_ref(type.multirange_type->schema));
  }
  add_dependencies(refs, range_type_ref(type.name), side);
  return refs;
}

}  // namespace schemadiff::planning
