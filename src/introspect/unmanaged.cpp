// SPDX-License-Identifier: MIT
#include <array>
#include <string_view>

#include "introspect/loaders.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

struct KindName {
  std::string_view name;
  UnmanagedKind kind;
};

// The `kind` column of unmanaged.sql.
constexpr std::array<KindName, 18> k_kinds = {{
    {"event_trigger", UnmanagedKind::event_trigger},
    {"foreign_table", UnmanagedKind::foreign_table},
    {"foreign_data_wrapper", UnmanagedKind::foreign_data_wrapper},
    {"foreign_server", UnmanagedKind::foreign_server},
    {"publication", UnmanagedKind::publication},
    {"subscription", UnmanagedKind::subscription},
    {"rule", UnmanagedKind::rule},
    {"aggregate", UnmanagedKind::aggregate},
    {"operator", UnmanagedKind::operator_},
    {"operator_class", UnmanagedKind::operator_class},
    {"operator_family", UnmanagedKind::operator_family},
    {"cast", UnmanagedKind::cast},
    {"text_search_configuration", UnmanagedKind::text_search_configuration},
    {"text_search_dictionary", UnmanagedKind::text_search_dictionary},
    {"statistics", UnmanagedKind::statistics},
    {"conversion", UnmanagedKind::conversion},
    {"transform", UnmanagedKind::transform},
    {"access_method", UnmanagedKind::access_method},
}};

UnmanagedKind kind_named(const std::string& name) {
  for (const KindName& entry : k_kinds) {
    if (entry.name == name) {
      return entry.kind;
    }
  }
  throw Error("unmanaged.sql: unknown kind " + name);
}

}  // namespace

void load_unmanaged(Catalog& catalog) {
  const ResultSet result = catalog.query_in_schemas("unmanaged");
  const Field kind(result, "kind");
  const Field name(result, "name");
  for (const auto& row : result.rows()) {
    catalog.model.unmanaged.insert(UnmanagedObject{.kind = kind_named(kind.text(row)), .name = name.text(row)});
  }
}

}  // namespace schemadiff::introspection
