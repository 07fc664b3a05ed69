// SPDX-License-Identifier: MIT
// Reading a snapshot as a stream of parser events: the document is never held as one
// JSON value, only one element of one top-level array at a time.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model_io/json_detail.hpp"

namespace schemadiff::model_io {

/// Deeper than any snapshot needs (its deepest value, a foreign key's referenced table, is
/// at level 6), shallow enough that a hostile document is rejected at once.
inline constexpr std::size_t k_max_json_depth = 64;

/// What the top level of a snapshot holds: a few scalar header keys, read at the end by
/// `read_header` from a small object holding just them, and the sections, in the order
/// their errors take precedence (the order of the format, whatever the document's).
struct SnapshotLayout {
  std::vector<std::string_view> header_keys;
  std::function<void(JsonReader& header)> read_header;
  std::vector<Section> sections;
};

/// Reads `text` in one pass, holding besides the model no more than its largest element
/// and the keys of the objects being read, or throws the first of these ModelErrors: a
/// syntax error or nesting beyond k_max_json_depth (with line, column, byte and JSON
/// path), else the first key repeated in an object, else the header's error, else the
/// first error of the first section (in layout order) that has one, else the first
/// unknown top-level key, else the first missing required section.
void read_snapshot(std::string_view text, const std::string& source, const SnapshotLayout& layout);

}  // namespace schemadiff::model_io
