// SPDX-License-Identifier: MIT
// Shared by the JSON writer and reader: the spelling of every enum value, and the
// path-tracking reader the loader is built from.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "schemadiff/model/schema_model.hpp"

namespace schemadiff::model_io {

/// Ordered so that keys come out in the order they were set, and so that the reader
/// meets unknown keys in document order.
using Json = nlohmann::ordered_json;

inline constexpr std::string_view k_format_name = "schemadiff-model";
inline constexpr std::int64_t k_format_version = 1;

// The format's spelling of each enum value. Every enum also has an `all_values`
// overload listing its enumerators, which the reader matches names against.
std::string_view json_name(IdentityKind value);
std::string_view json_name(Persistence value);
std::string_view json_name(NullsDistinct value);
std::string_view json_name(ForeignKeyMatch value);
std::string_view json_name(ForeignKeyAction value);
std::string_view json_name(Validation value);
std::string_view json_name(SortOrder value);
std::string_view json_name(NullsOrder value);
std::string_view json_name(IndexUniqueness value);
std::string_view json_name(RoutineKind value);
std::string_view json_name(Volatility value);
std::string_view json_name(TriggerTiming value);
std::string_view json_name(TriggerLevel value);
std::string_view json_name(TriggerEventKind value);
std::string_view json_name(ObjectKind value);
std::string_view json_name(ColumnStorage value);
std::string_view json_name(ReplicaIdentityKind value);
std::string_view json_name(PolicyCommand value);
std::string_view json_name(UnmanagedKind value);

/// The constraint kinds, named by the `type` field (the alternatives of ConstraintKind).
enum class ConstraintType { primary_key, unique, check, foreign_key, exclusion };
std::string_view json_name(ConstraintType value);
ConstraintType constraint_type(const ConstraintKind& kind);

template <typename E>
using EnumList = std::type_identity<E>;

constexpr auto all_values(EnumList<IdentityKind>) {
  return std::array{IdentityKind::always, IdentityKind::by_default};
}
constexpr auto all_values(EnumList<Persistence>) {
  return std::array{Persistence::logged, Persistence::unlogged};
}
constexpr auto all_values(EnumList<NullsDistinct>) {
  return std::array{NullsDistinct::distinct, NullsDistinct::not_distinct};
}
constexpr auto all_values(EnumList<ForeignKeyMatch>) {
  return std::array{ForeignKeyMatch::simple, ForeignKeyMatch::full, ForeignKeyMatch::partial};
}
constexpr auto all_values(EnumList<ForeignKeyAction>) {
  return std::array{ForeignKeyAction::no_action, ForeignKeyAction::restrict, ForeignKeyAction::cascade,
                    ForeignKeyAction::set_null, ForeignKeyAction::set_default};
}
constexpr auto all_values(EnumList<Validation>) {
  return std::array{Validation::validated, Validation::not_valid};
}
constexpr auto all_values(EnumList<SortOrder>) { return std::array{SortOrder::asc, SortOrder::desc}; }
constexpr auto all_values(EnumList<NullsOrder>) { return std::array{NullsOrder::last, NullsOrder::first}; }
constexpr auto all_values(EnumList<IndexUniqueness>) {
  return std::array{IndexUniqueness::non_unique, IndexUniqueness::unique};
}
constexpr auto all_values(EnumList<RoutineKind>) {
  return std::array{RoutineKind::function, RoutineKind::procedure};
}
constexpr auto all_values(EnumList<Volatility>) {
  return std::array{Volatility::volatile_, Volatility::stable, Volatility::immutable};
}
constexpr auto all_values(EnumList<TriggerTiming>) {
  return std::array{TriggerTiming::before, TriggerTiming::after, TriggerTiming::instead_of};
}
constexpr auto all_values(EnumList<TriggerLevel>) { return std::array{TriggerLevel::row, TriggerLevel::statement}; }
constexpr auto all_values(EnumList<TriggerEventKind>) {
  return std::array{TriggerEventKind::insert, TriggerEventKind::update, TriggerEventKind::delete_,
                    TriggerEventKind::truncate};
}
constexpr auto all_values(EnumList<ObjectKind>) {
  return std::array{ObjectKind::schema,     ObjectKind::extension, ObjectKind::type,
                    ObjectKind::sequence,   ObjectKind::table,     ObjectKind::column,
                    ObjectKind::constraint, ObjectKind::index,     ObjectKind::view,
                    ObjectKind::materialized_view, ObjectKind::routine, ObjectKind::trigger,
                    ObjectKind::policy, ObjectKind::domain, ObjectKind::domain_constraint,
                    ObjectKind::composite_type, ObjectKind::range_type, ObjectKind::collation};
}
constexpr auto all_values(EnumList<PolicyCommand>) {
  return std::array{PolicyCommand::all, PolicyCommand::select, PolicyCommand::insert, PolicyCommand::update,
                    PolicyCommand::delete_};
}
constexpr auto all_values(EnumList<UnmanagedKind>) {
  return std::array{UnmanagedKind::event_trigger,
                    UnmanagedKind::foreign_table,
                    UnmanagedKind::foreign_data_wrapper,
                    UnmanagedKind::foreign_server,
                    UnmanagedKind::publication,
                    UnmanagedKind::subscription,
                    UnmanagedKind::rule,
                    UnmanagedKind::aggregate,
                    UnmanagedKind::operator_,
                    UnmanagedKind::operator_class,
                    UnmanagedKind::operator_family,
                    UnmanagedKind::cast,
                    UnmanagedKind::text_search_configuration,
                    UnmanagedKind::text_search_dictionary,
                    UnmanagedKind::statistics,
                    UnmanagedKind::conversion,
                    UnmanagedKind::transform,
                    UnmanagedKind::access_method};
}
constexpr auto all_values(EnumList<ConstraintType>) {
  return std::array{ConstraintType::primary_key, ConstraintType::unique, ConstraintType::check,
                    ConstraintType::foreign_key, ConstraintType::exclusion};
}

constexpr auto all_values(EnumList<ColumnStorage>) {
  return std::array{ColumnStorage::plain, ColumnStorage::external, ColumnStorage::extended, ColumnStorage::main};
}
constexpr auto all_values(EnumList<ReplicaIdentityKind>) {
  return std::array{ReplicaIdentityKind::default_, ReplicaIdentityKind::full, ReplicaIdentityKind::nothing,
                    ReplicaIdentityKind::index};
}

/// `"a", "b" or "c"`: the accepted spellings, for error messages.
std::string quoted_list(const std::vector<std::string_view>& names);

/// A string as a JSON string literal, so odd characters in messages stay visible.
std::string json_quote(std::string_view text);

enum class Presence { required, optional };

/// One JSON object being read, with its path from the document root.
///
/// Every read marks its key as known; finish() then rejects the keys nobody read.
/// A missing required key is remembered and reported by finish() only after the unknown
/// keys, so a misspelt key is named as the misspelling rather than as a missing key;
/// until then the read returns an empty value. Call check_missing() before using a
/// value that decides what else to read (a discriminator such as a constraint's type).
/// Every error is a ModelError whose path is `source: path`.
class JsonReader {
 public:
  /// Fails with "expected an object" unless `value` is one.
  JsonReader(const Json& value, std::string path, const std::string& source);

  const std::string& path() const { return m_path; }

  std::string required_string(std::string_view key);
  std::optional<std::string> optional_string(std::string_view key);
  std::string string_or(std::string_view key, std::string_view fallback);
  bool required_bool(std::string_view key);
  bool bool_or(std::string_view key, bool fallback);
  std::int64_t required_int64(std::string_view key);
  std::vector<std::string> required_strings(std::string_view key);
  std::vector<std::string> strings_or_empty(std::string_view key);
  /// Whether the object has `key`, whatever its value; marks it as known.
  bool present(std::string_view key, Presence presence);

  template <typename E>
  E required_enum(std::string_view key) {
    const std::optional<std::string> text = read_string(key, Presence::required);
    return text ? enum_from<E>(key, *text) : all_values(EnumList<E>{})[0];
  }

  template <typename E>
  E enum_or(std::string_view key, E fallback) {
    const std::optional<std::string> text = read_string(key, Presence::optional);
    return text ? enum_from<E>(key, *text) : fallback;
  }

  template <typename E>
  std::optional<E> optional_enum(std::string_view key) {
    const std::optional<std::string> text = read_string(key, Presence::optional);
    if (!text) {
      return std::nullopt;
    }
    return enum_from<E>(key, *text);
  }

  /// `read(JsonReader&)` on the nested object; its unknown keys are checked after.
  template <typename Read>
  auto required_object(std::string_view key, Read&& read) {
    using Result = decltype(read(std::declval<JsonReader&>()));
    const Json* value = find(key, Presence::required);
    if (value == nullptr) {
      return Result{};
    }
    JsonReader nested(*value, child_path(key), m_source);
    Result result = read(nested);
    nested.finish();
    return result;
  }

  template <typename Read>
  auto optional_object(std::string_view key, Read&& read) {
    using Result = decltype(read(std::declval<JsonReader&>()));
    const Json* value = find(key, Presence::optional);
    if (value == nullptr) {
      return std::optional<Result>{};
    }
    JsonReader nested(*value, child_path(key), m_source);
    std::optional<Result> result = read(nested);
    nested.finish();
    return result;
  }

  /// For each element of the array at `key` (which must hold objects): `read(element)`,
  /// then the element's finish(), then `collect(std::move(result), element)`, so that
  /// collect (which may reject a duplicate) only sees complete values.
  template <typename Read, typename Collect>
  void each_object(std::string_view key, Presence presence, Read&& read, Collect&& collect) {
    const Json* value = find(key, presence);
    if (value == nullptr) {
      return;
    }
    const std::string path = child_path(key);
    if (!value->is_array()) {
      fail_path(path, "expected an array");
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
      JsonReader element((*value)[i], path + "[" + std::to_string(i) + "]", m_source);
      auto result = read(element);
      element.finish();
      collect(std::move(result), element);
    }
  }

  /// Reports the first missing required key read so far.
  void check_missing() const;
  /// Reports the first unknown key, else the first missing required key.
  void finish() const;

  [[noreturn]] void fail(std::string_view message) const;
  [[noreturn]] void fail_at(std::string_view key, std::string_view message) const;

 private:
  /// Marks `key` as known; null when absent (remembered as missing if required).
  const Json* find(std::string_view key, Presence presence);
  std::optional<std::string> read_string(std::string_view key, Presence presence);
  std::optional<bool> read_bool(std::string_view key, Presence presence);
  std::vector<std::string> read_strings(std::string_view key, Presence presence);
  std::string child_path(std::string_view key) const;
  [[noreturn]] void fail_path(const std::string& path, std::string_view message) const;

  template <typename E>
  E enum_from(std::string_view key, const std::string& text) const {
    std::vector<std::string_view> names;
    for (const E value : all_values(EnumList<E>{})) {
      if (json_name(value) == text) {
        return value;
      }
      names.push_back(json_name(value));
    }
    fail_at(key, "unknown value " + json_quote(text) + "; expected " + quoted_list(names));
  }

  const Json& m_value;
  std::string m_path;
  const std::string& m_source;
  std::vector<std::string> m_known_keys;
  std::optional<std::string> m_missing_key;
};

/// One top-level array of the snapshot.
struct Section {
  std::string_view key;
  Presence presence;
  /// Reads one element into the model, including its finish() and the duplicate check.
  std::function<void(JsonReader& element)> read_element;
};

/// `read(element)`, then the element's finish(), then `collect(std::move(result),
/// element)`: what JsonReader::each_object does for each element.
template <typename Read, typename Collect>
Section section(std::string_view key, Presence presence, Read read, Collect collect) {
  return Section{key, presence, [read = std::move(read), collect = std::move(collect)](JsonReader& element) mutable {
                   auto result = read(element);
                   element.finish();
                   collect(std::move(result), element);
                 }};
}

// Collectors for JsonReader::each_object that reject a second element with the same
// identity, naming it as messages show names.

inline std::string shown(const std::string& name) { return quote_ident_if_needed(name); }
inline std::string shown(const QualifiedName& name) { return display_name(name); }
inline std::string shown(const MemberName& name) { return display_name(name); }
inline std::string shown(const RoutineName& name) { return display_name(name); }

/// Into a map keyed by `identity_of(value)`.
template <typename Map, typename IdentityOf>
auto into_map(Map& map, std::string_view what, IdentityOf identity_of) {
  return [&map, what, identity_of](auto value, const JsonReader& element) {
    auto identity = identity_of(value);
    const std::string name = shown(identity);
    if (!map.emplace(std::move(identity), std::move(value)).second) {
      element.fail("duplicate " + std::string(what) + " " + name);
    }
  };
}

/// Into a list that keeps the document's order, of elements with unique `name`s
/// (columns, attributes).
template <typename T>
auto into_named_list(std::vector<T>& list, std::string_view what) {
  return [&list, what, names = std::set<std::string>()](T value, const JsonReader& element) mutable {
    if (!names.insert(value.name).second) {
      element.fail("duplicate " + std::string(what) + " " + shown(value.name));
    }
    list.push_back(std::move(value));
  };
}

/// `{"kind", "schema", "name"[, "member"]}`, shared by dependencies and the security
/// sections.
Json object_ref_json(const ObjectRef& ref);
ObjectRef read_object_ref(JsonReader& reader);

// The sections of row-level security, privileges, owners and unmanaged objects
// (json_security.cpp): written after `dependencies`, each only when not empty.
Json policy_json(const Policy& policy);
Json privileges_json(const ObjectRef& object, const std::vector<Grant>& grants);
Json owner_json(const ObjectRef& object, const std::string& owner);
Json unmanaged_json(const UnmanagedObject& object);
/// Adds those sections, read into `model` and rejecting duplicates.
void add_security_sections(std::vector<Section>& sections, SchemaModel& model);

}  // namespace schemadiff::model_io
