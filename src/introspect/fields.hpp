// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemadiff/pg/database.hpp"

namespace schemadiff::introspection {

using Oid = std::uint32_t;

/// One column of a catalog query's result, looked up by name once and then read from
/// each row. Reading NULL where a value is required, or text that is not of the expected
/// form, throws Error naming the column.
class Field {
 public:
  Field(const ResultSet& result, std::string_view name);

  bool is_null(const ResultSet::Row& row) const;
  const std::string& text(const ResultSet::Row& row) const;
  std::optional<std::string> optional_text(const ResultSet::Row& row) const;
  /// A `"char"` column such as relkind: its one character.
  char code(const ResultSet::Row& row) const;
  bool flag(const ResultSet::Row& row) const;
  std::int64_t integer(const ResultSet::Row& row) const;
  Oid oid(const ResultSet::Row& row) const;
  /// A text array (see decode_string_array); NULL reads as empty.
  std::vector<std::string> strings(const ResultSet::Row& row) const;
  /// An integer array such as conkey; NULL reads as empty.
  std::vector<std::int64_t> integers(const ResultSet::Row& row) const;

 private:
  std::string m_name;
  std::size_t m_index;
};

}  // namespace schemadiff::introspection
