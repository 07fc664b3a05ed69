// SPDX-License-Identifier: MIT
// ModelIndex lookups of the objects a piece of text names: types, collations, sequences.
#include <array>

#include "schemadiff/diff/model_index.hpp"
#include "schemadiff/sql/quote.hpp"

namespace schemadiff {
namespace {

// Every spelling a piece of server-printed text may use maps to the object: bare, quoted
// as PostgreSQL quotes it, and always quoted.
template <typename Value>
void add_spellings(std::map<std::string, Value>& spellings, const QualifiedName& name, const Value& value) {
  const std::array<std::string, 3> schemas = {name.schema, quote_ident_if_needed(name.schema),
                                               quote_ident(name.schema)};
  const std::array<std::string, 3> names = {name.name, quote_ident_if_needed(name.name), quote_ident(name.name)};
  for (const std::string& schema : schemas) {
    for (const std::string& own : names) {
      spellings.emplace(schema + "." + own, value);
    }
  }
}

// The element type of an array type text.
std::string element_type(const std::string& type) {
  std::string element = type;
  while (element.size() > 2 && element.compare(element.size() - 2, 2, "[]") == 0) {
    element.resize(element.size() - 2);
  }
  return element;
}

}  // namespace

void ModelIndex::index_names() {
  for (const auto& [name, type] : m_model.enums) {
    add_spellings(m_enum_spellings, name, name);
  }
  for (const auto& [name, sequence] : m_model.sequences) {
    add_spellings(m_sequence_spellings, name, name);
  }
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

std::optional<QualifiedName> ModelIndex::enum_named(const std::string& type) const {
  const auto found = m_enum_spellings.find(element_type(type));
  if (found == m_enum_spellings.end()) {
    return std::nullopt;
  }
  return found->second;
}

std::optional<ObjectRef> ModelIndex::user_type_named(const std::string& type) const {
  const auto found = m_user_type_spellings.find(element_type(type));
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

std::vector<QualifiedName> ModelIndex::sequences_in(const std::string& expression) const {
  static const std::string k_suffix = "'::regclass";
  std::vector<QualifiedName> found;
  std::size_t end = expression.find(k_suffix);
  while (end != std::string::npos) {
    // Walk back to the literal's opening quote; a doubled quote is an escaped one.
    std::size_t begin = end;
    std::string literal;
    while (begin > 0) {
      --begin;
      if (expression[begin] != '\'') {
        literal.insert(literal.begin(), expression[begin]);
        continue;
      }
      if (begin > 0 && expression[begin - 1] == '\'') {
        literal.insert(literal.begin(), '\'');
        --begin;
        continue;
      }
      break;
    }
    const auto sequence = m_sequence_spellings.find(literal);
    if (sequence != m_sequence_spellings.end()) {
      found.push_back(sequence->second);
    }
    end = expression.find(k_suffix, end + k_suffix.size());
  }
  return found;
}

}  // namespace schemadiff
