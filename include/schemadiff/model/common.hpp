// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace schemadiff {

/// A comment set with COMMENT ON; absent when the object has none.
using Comment = std::optional<std::string>;

/// Options shared by sequences and identity columns (pg_sequence).
struct SequenceOptions {
  std::string data_type = "bigint";  ///< format_type of seqtypid: smallint, integer or bigint
  std::int64_t start = 1;
  std::int64_t increment = 1;
  std::int64_t min_value = 1;
  std::int64_t max_value = 9223372036854775807;
  std::int64_t cache = 1;
  bool cycle = false;

  bool operator==(const SequenceOptions&) const = default;
};

/// Storage parameters (reloptions) as `key=value` strings, in the order the catalog
/// stores them, e.g. `fillfactor=70`.
using StorageParameters = std::vector<std::string>;

}  // namespace schemadiff
