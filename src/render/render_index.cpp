// SPDX-License-Identifier: MIT
#include <optional>

#include "render/render_detail.hpp"
#include "schemadiff/render/render.hpp"

namespace schemadiff::render_detail {
namespace {

/// Past the index name that starts at `position` (bare, or quoted with "" escapes).
std::optional<std::size_t> skip_identifier(const std::string& text, std::size_t position) {
  if (position >= text.size()) {
    return std::nullopt;
  }
  if (text[position] != '"') {
    const auto end = text.find(' ', position);
    return end == std::string::npos ? std::nullopt : std::optional<std::size_t>(end);
  }
  for (std::size_t i = position + 1; i < text.size(); ++i) {
    if (text[i] != '"') {
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '"') {
      ++i;
      continue;
    }
    return i + 1;
  }
  return std::nullopt;
}

bool starts_with_at(const std::string& text, std::size_t position, std::string_view prefix) {
  return text.compare(position, prefix.size(), prefix) == 0;
}

// pg_get_indexdef prints `ON ONLY parent` for an index on a partitioned table: run as is,
// that builds an invalid index on the parent alone. The model holds only the parent's
// index (the partitions' copies are implied), so it is created on the whole hierarchy.
std::string without_only(const std::string& definition) {
  std::size_t position = 0;
  for (std::string_view word : {"CREATE ", "UNIQUE ", "INDEX "}) {
    if (starts_with_at(definition, position, word)) {
      position += word.size();
    } else if (word != "UNIQUE ") {
      return definition;
    }
  }
  const auto name_end = skip_identifier(definition, position);
  constexpr std::string_view k_on_only = " ON ONLY ";
  if (!name_end || !starts_with_at(definition, *name_end, k_on_only)) {
    return definition;
  }
  return definition.substr(0, *name_end) + " ON " + definition.substr(*name_end + k_on_only.size());
}

}  // namespace

Statements render_operation(const CreateIndex& op) {
  return {without_only(strip_terminator(op.index.definition))};
}

Statements render_operation(const DropIndex& op) {
  return {"DROP INDEX " + quote_qualified(op.index.name)};
}

}  // namespace schemadiff::render_detail
