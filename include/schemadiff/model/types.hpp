// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "schemadiff/model/common.hpp"
#include "schemadiff/model/qualified_name.hpp"

namespace schemadiff {

struct Schema {
  std::string name;
  Comment comment;

  bool operator==(const Schema&) const = default;
};

/// An installed extension. Objects it owns (pg_depend deptype 'e') are not in the model.
struct Extension {
  std::string name;
  std::string schema;   ///< schema it was installed into
  std::string version;  ///< extversion
  Comment comment;

  bool operator==(const Extension&) const = default;
};

struct EnumType {
  QualifiedName name;
  std::vector<std::string> labels;  ///< in enumsortorder order
  Comment comment;

  bool operator==(const EnumType&) const = default;
};

/// The column a sequence is OWNED BY.
struct ColumnRef {
  QualifiedName table;
  std::string column;

  auto operator<=>(const ColumnRef&) const = default;
  bool operator==(const ColumnRef&) const = default;
};

/// A free-standing sequence. Sequences behind identity columns are part of the column.
struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  std::optional<ColumnRef> owned_by;
  Comment comment;

  bool operator==(const Sequence&) const = default;
};

}  // namespace schemadiff
