// SPDX-License-Identifier: MIT
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "diff/diff_detail.hpp"

namespace schemadiff::diff_detail {
namespace {

std::vector<std::string> names_in(const CompositeType& type, const std::set<std::string>& wanted) {
  std::vector<std::string> names;
  for (const CompositeAttribute& attribute : type.attributes) {
    if (wanted.contains(attribute.name)) {
      names.push_back(attribute.name);
    }
  }
  return names;
}

/// ALTER TYPE can drop attributes, re-type them and append new ones, but not reorder:
/// the attributes on both sides must keep their relative order, and new ones must come
/// after all of them.
bool alterable(const CompositeType& from, const CompositeType& to) {
  std::set<std::string> before;
  for (const CompositeAttribute& attribute : from.attributes) {
    before.insert(attribute.name);
  }
  std::set<std::string> kept;
  for (const CompositeAttribute& attribute : to.attributes) {
    if (before.contains(attribute.name)) {
      kept.insert(attribute.name);
    }
  }
  if (names_in(from, kept) != names_in(to, kept)) {
    return false;
  }
  const auto first_new = std::find_if(to.attributes.begin(), to.attributes.end(),
                                      [&](const CompositeAttribute& a) { return !kept.contains(a.name); });
  return std::none_of(first_new, to.attributes.end(), [&](const CompositeAttribute& a) { return kept.contains(a.name); });
}

bool retypes_attribute(const CompositeType& from, const CompositeType& to) {
  return std::any_of(from.attributes.begin(), from.attributes.end(), [&to](const CompositeAttribute& before) {
    return std::any_of(to.attributes.begin(), to.attributes.end(), [&before](const CompositeAttribute& after) {
      return after.name == before.name && after != before;
    });
  });
}

}  // namespace

void diff_composite_types(const SchemaModel& from, const SchemaModel& to, Operations& ops) {
  diff_maps(
      from.composite_types, to.composite_types, [&](const CompositeType& type) { ops.put(DropCompositeType{type}); },
      [&](const CompositeType& type) {
        ops.put(CreateCompositeType{type});
        comment_created(ops, composite_type_ref(type.name), type.comment);
      },
      [&](const CompositeType& before, const CompositeType& after) {
        if (before.attributes != after.attributes) {
          if (!alterable(before, after)) {
            return Alteration::recreate;
          }
          std::vector<TypeColumnUse> uses;
          if (retypes_attribute(before, after)) {
            uses = type_column_uses(from, composite_type_ref(before.name), ops);
          }
          ops.put(AlterCompositeType{before, after, std::move(uses)});
        }
        set_comment(ops, composite_type_ref(after.name), before.comment, after.comment);
        return Alteration::in_place;
      });
}

}  // namespace schemadiff::diff_detail
