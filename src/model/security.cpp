// SPDX-License-Identifier: MIT
#include "schemadiff/model/security.hpp"

namespace schemadiff {

std::string describe(UnmanagedKind kind) {
  switch (kind) {
    case UnmanagedKind::event_trigger: return "event trigger";
    case UnmanagedKind::foreign_table: return "foreign table";
    case UnmanagedKind::foreign_data_wrapper: return "foreign-data wrapper";
    case UnmanagedKind::foreign_server: return "foreign server";
    case UnmanagedKind::publication: return "publication";
    case UnmanagedKind::subscription: return "subscription";
    case UnmanagedKind::rule: return "rule";
    case UnmanagedKind::aggregate: return "aggregate";
    case UnmanagedKind::operator_: return "operator";
    case UnmanagedKind::operator_class: return "operator class";
    case UnmanagedKind::operator_family: return "operator family";
    case UnmanagedKind::cast: return "cast";
    case UnmanagedKind::text_search_configuration: return "text search configuration";
    case UnmanagedKind::text_search_dictionary: return "text search dictionary";
    case UnmanagedKind::statistics: return "statistics object";
    case UnmanagedKind::conversion: return "conversion";
    case UnmanagedKind::transform: return "transform";
    case UnmanagedKind::access_method: return "access method";
  }
  return "object";
}

}  // namespace schemadiff
