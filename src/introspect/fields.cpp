// SPDX-License-Identifier: MIT
#include "introspect/fields.hpp"

#include <fmt/format.h>

#include <charconv>

#include "introspect/text_array.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

template <typename Number>
Number parse_number(const std::string& text, const std::string& column) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw Error(fmt::format("column \"{}\": expected a number, got \"{}\"", column, text));
  }
  return value;
}

}  // namespace

Field::Field(const ResultSet& result, std::string_view name)
    : m_name(name), m_index(result.column_index(name)) {}

bool Field::is_null(const ResultSet::Row& row) const { return !row.at(m_index).has_value(); }

const std::string& Field::text(const ResultSet::Row& row) const {
  const auto& value = row.at(m_index);
  if (!value) {
    throw Error(fmt::format("column \"{}\": unexpected NULL", m_name));
  }
  return *value;
}

std::optional<std::string> Field::optional_text(const ResultSet::Row& row) const {
  return row.at(m_index);
}

char Field::code(const ResultSet::Row& row) const {
  const std::string& value = text(row);
  // attidentity and attgenerated are empty ('\0') when unset.
  return value.empty() ? '\0' : value[0];
}

bool Field::flag(const ResultSet::Row& row) const {
  const std::string& value = text(row);
  if (value == "t") {
    return true;
  }
  if (value == "f") {
    return false;
  }
  throw Error(fmt::format("column \"{}\": expected a boolean, got \"{}\"", m_name, value));
}

std::int64_t Field::integer(const ResultSet::Row& row) const {
  return parse_number<std::int64_t>(text(row), m_name);
}

Oid Field::oid(const ResultSet::Row& row) const { return parse_number<Oid>(text(row), m_name); }

std::vector<std::string> Field::strings(const ResultSet::Row& row) const {
  const auto& value = row.at(m_index);
  if (!value) {
    return {};
  }
  return with_context(fmt::format("column \"{}\"", m_name),
                      [&] { return decode_string_array(*value); });
}

std::vector<std::int64_t> Field::integers(const ResultSet::Row& row) const {
  std::vector<std::int64_t> numbers;
  for (const auto& element : strings(row)) {
    numbers.push_back(parse_number<std::int64_t>(element, m_name));
  }
  return numbers;
}

}  // namespace schemadiff::introspection
