// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schemadiff/model/schema_model.hpp"

// Shared by the renames of model objects (rename_relations.cpp, rename_types.cpp): the
// SQL text a rename changes, and the references to the renamed object.
namespace schemadiff::diff_detail {

using Rewrite = std::function<std::string(std::string_view)>;

template <typename Map, typename Key>
void rekey(Map& map, const Key& old_key, const Key& new_key) {
  auto node = map.extract(old_key);
  if (node.empty()) {
    return;
  }
  node.key() = new_key;
  map.insert(std::move(node));
}

/// [begin, end) of pg_get_functiondef's header (name, arguments, RETURNS, attributes):
/// the server rewrites the header after a rename but never the body, which is a string.
std::pair<std::size_t, std::size_t> routine_header(const std::string& definition);

void rewrite_optional(std::optional<std::string>& text, const Rewrite& rewrite);
void rewrite_constraint(Constraint& constraint, const Rewrite& rewrite);
void rewrite_index(Index& index, const Rewrite& rewrite);

/// Every SQL text of the model that may name another object: column types, defaults and
/// generation expressions, constraints, indexes, views (with `view_rewrite`), trigger
/// definitions, policies, domains, composite and range types, and the headers of routines
/// (whose identity follows their argument types).
void rewrite_texts(SchemaModel& model, const Rewrite& rewrite, const Rewrite& view_rewrite);

/// Applies `change` to every ObjectRef of the model: dependencies, privileges, owners.
void rename_refs(SchemaModel& model, const std::function<void(ObjectRef&)>& change);

/// The part of `text` from (before) the first keyword `keyword` (such as " REFERENCES "),
/// rewritten; the rest kept.
std::string rewrite_after(const std::string& text, std::string_view keyword, const Rewrite& rewrite);
std::string rewrite_before(const std::string& text, std::string_view keyword, const Rewrite& rewrite);

void rename_in_list(std::vector<std::string>& names, const std::string& from, const std::string& to);

}  // namespace schemadiff::diff_detail
