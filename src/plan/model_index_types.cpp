// SPDX-License-Identifier: MIT
// ModelIndex lookups for domains, composite and range types and collations.
#include <array>

#include "plan/model_index.hpp"

namespace schemadiff::planning {
namespace {

std::string always_quoted(const std::string& ident) {
  std::string quoted = "\"";
  for (const char c : ident) {
    if (c == '"') {
      quoted += '"';
    }
    quoted += c;
  }
  return quoted + "\"";
}

// format_type and quote_ident quote by PostgreSQL's own keyword table, which is wider than
// the one behind quote_ident_if_needed: every plausible spelling maps to the object.
template <typename Value>
void add_spellings(std::map<std::string, Value>& spellings, const QualifiedName& name, const Value& value) {
  const std::array<std::string, 3> schemas = {name.schema, quote_ident_if_needed(name.schema),
                                               always_quoted(name.schema)};
  const std::array<std::string, 3> names = {name.name, quote_ident_if_needed(name.name), always_quoted(name.name)};
  for (const std::string& schema : schemas) {
    for (const std::string& own : names) {
      spellings.emplace(schema + "." + own, value);
    }
  }
}

}  // namespace

void ModelIndex::index_user_types() {
  for (const auto& [name, domain] : m_model.domains) {
    add_spellings(m_user_type_spellings, name, domain_ref(name));
  }
  for (const auto& [name, type] : m_model.composite_types) {
    add_spellings(m_user_type_spellings, name, composite_type_ref(name));
  }
  for (const auto& [name, type] : m_model.range_types) {
    add_spellings(m_user_type_spellings, name, range_type_ref(name));
    if (type.multirange_type) {
      add_spellings(m_user_type_spellings, *type.multirange_type, range_type_ref(name));
    }
  }
  for (const auto& [name, collation] : m_model.collations) {
    add_spellings(m_collation_spellings, name, name);
  }
}

std::optional<ObjectRef> ModelIndex::user_type_named(const std::string& type) const {
  std::string element = type;
  while (element.size() > 2 && element.compare(element.size() - 2, 2, "[]") == 0) {
    element.resize(element.size() - 2);
  }
  const auto found = m_user_type_spellings.find(element);
  if (found == m_user_type_spellings.end()) {
    return std::nullopt;
  }
  return found->second;
}

std::optional<QualifiedName> ModelIndex::collation_named(const std::string& collation) const {
  const auto found = m_collation_spellings.find(collation);
  if (found == m_collation_spellings.end()) {
    return std::nullopt;
  }
  return found->second;
}

}  // namespace schemadiff::planning
