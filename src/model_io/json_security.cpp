// SPDX-License-Identifier: MIT
// The snapshot sections of docs/json-format.md for policies, privileges, owners and
// unmanaged objects: written and read here, mirroring each other.
#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model_io/json_detail.hpp"

namespace schemadiff::model_io {

std::string_view json_name(PolicyCommand value) {
  switch (value) {
    case PolicyCommand::all: return "all";
    case PolicyCommand::select: return "select";
    case PolicyCommand::insert: return "insert";
    case PolicyCommand::update: return "update";
    case PolicyCommand::delete_: return "delete";
  }
  return {};
}

std::string_view json_name(UnmanagedKind value) {
  switch (value) {
    case UnmanagedKind::event_trigger: return "event_trigger";
    case UnmanagedKind::foreign_table: return "foreign_table";
    case UnmanagedKind::foreign_data_wrapper: return "foreign_data_wrapper";
    case UnmanagedKind::foreign_server: return "foreign_server";
    case UnmanagedKind::publication: return "publication";
    case UnmanagedKind::subscription: return "subscription";
    case UnmanagedKind::rule: return "rule";
    case UnmanagedKind::aggregate: return "aggregate";
    case UnmanagedKind::operator_: return "operator";
    case UnmanagedKind::operator_class: return "operator_class";
    case UnmanagedKind::operator_family: return "operator_family";
    case UnmanagedKind::cast: return "cast";
    case UnmanagedKind::text_search_configuration: return "text_search_configuration";
    case UnmanagedKind::text_search_dictionary: return "text_search_dictionary";
    case UnmanagedKind::statistics: return "statistics";
    case UnmanagedKind::conversion: return "conversion";
    case UnmanagedKind::transform: return "transform";
    case UnmanagedKind::access_method: return "access_method";
  }
  return {};
}

Json policy_json(const Policy& policy) {
  Json object = Json::object();
  object["schema"] = policy.name.owner.schema;
  object["table"] = policy.name.owner.name;
  object["name"] = policy.name.name;
  if (policy.command != PolicyCommand::all) {
    object["command"] = std::string(json_name(policy.command));
  }
  if (!policy.permissive) {
    object["restrictive"] = true;
  }
  object["roles"] = policy.roles;
  if (policy.using_expr) {
    object["using"] = *policy.using_expr;
  }
  if (policy.check_expr) {
    object["with_check"] = *policy.check_expr;
  }
  if (policy.comment) {
    object["comment"] = *policy.comment;
  }
  return object;
}

Json privileges_json(const ObjectRef& object, const std::vector<Grant>& grants) {
  Json entry = Json::object();
  entry["object"] = object_ref_json(object);
  Json list = Json::array();
  for (const Grant& grant : grants) {
    Json item = Json::object();
    item["grantee"] = grant.grantee;
    item["privilege"] = grant.privilege;
    if (grant.grantable) {
      item["grantable"] = true;
    }
    list.push_back(std::move(item));
  }
  entry["grants"] = std::move(list);
  return entry;
}

Json owner_json(const ObjectRef& object, const std::string& owner) {
  Json entry = Json::object();
  entry["object"] = object_ref_json(object);
  entry["owner"] = owner;
  return entry;
}

Json unmanaged_json(const UnmanagedObject& object) {
  Json entry = Json::object();
  entry["kind"] = std::string(json_name(object.kind));
  entry["name"] = object.name;
  return entry;
}

namespace {

Policy read_policy(JsonReader& reader) {
  Policy policy;
  policy.name.owner.schema = reader.required_string("schema");
  policy.name.owner.name = reader.required_string("table");
  policy.name.name = reader.required_string("name");
  policy.command = reader.enum_or("command", PolicyCommand::all);
  policy.permissive = !reader.bool_or("restrictive", false);
  policy.roles = reader.required_strings("roles");
  std::sort(policy.roles.begin(), policy.roles.end());
  policy.using_expr = reader.optional_string("using");
  policy.check_expr = reader.optional_string("with_check");
  policy.comment = reader.optional_string("comment");
  return policy;
}

Grant read_grant(JsonReader& reader) {
  Grant grant;
  grant.grantee = reader.required_string("grantee");
  grant.privilege = reader.required_string("privilege");
  grant.grantable = reader.bool_or("grantable", false);
  return grant;
}

std::pair<ObjectRef, std::vector<Grant>> read_privileges(JsonReader& reader) {
  std::pair<ObjectRef, std::vector<Grant>> entry;
  entry.first = reader.required_object("object", read_object_ref);
  std::set<std::pair<std::string, std::string>> seen;
  reader.each_object("grants", Presence::required, read_grant, [&](Grant grant, const JsonReader& element) {
    if (!seen.insert({grant.grantee, grant.privilege}).second) {
      element.fail("duplicate grant of " + grant.privilege + " to " + grant.grantee);
    }
    entry.second.push_back(std::move(grant));
  });
  std::sort(entry.second.begin(), entry.second.end());
  return entry;
}

std::pair<ObjectRef, std::string> read_owner(JsonReader& reader) {
  std::pair<ObjectRef, std::string> entry;
  entry.first = reader.required_object("object", read_object_ref);
  entry.second = reader.required_string("owner");
  return entry;
}

UnmanagedObject read_unmanaged(JsonReader& reader) {
  UnmanagedObject object;
  object.kind = reader.required_enum<UnmanagedKind>("kind");
  object.name = reader.required_string("name");
  return object;
}

std::string describe_ref(const ObjectRef& ref) {
  std::string text = std::string(to_string(ref.kind)) + " " + display_name(ref.name);
  if (!ref.member.empty()) {
    text += "." + ref.member;
  }
  return text;
}

}  // namespace

void add_security_sections(std::vector<Section>& sections, SchemaModel& model) {
  sections.push_back(section("policies", Presence::optional, read_policy,
                             into_map(model.policies, "policy", [](const Policy& p) { return p.name; })));
  sections.push_back(
      section("privileges", Presence::optional, read_privileges, [&model](auto entry, const JsonReader& element) {
        const std::string shown = describe_ref(entry.first);
        if (entry.second.empty()) {
          return;
        }
        if (!model.privileges.emplace(std::move(entry.first), std::move(entry.second)).second) {
          element.fail("duplicate privileges of " + shown);
        }
      }));
  sections.push_back(section("owners", Presence::optional, read_owner, [&model](auto entry, const JsonReader& element) {
    const std::string shown = describe_ref(entry.first);
    if (!model.owners.emplace(std::move(entry.first), std::move(entry.second)).second) {
      element.fail("duplicate owner of " + shown);
    }
  }));
  sections.push_back(section("unmanaged", Presence::optional, read_unmanaged,
                             [&model](UnmanagedObject object, const JsonReader& element) {
                               if (!model.unmanaged.insert(object).second) {
                                 element.fail("duplicate unmanaged " + describe(object.kind) + " " + object.name);
                               }
                             }));
}

}  // namespace schemadiff::model_io
