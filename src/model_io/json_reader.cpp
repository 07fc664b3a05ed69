// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model_io/json_detail.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::model_io {
namespace {

std::string located(const std::string& source, const std::string& path) {
  if (source.empty()) {
    return path;
  }
  if (path.empty()) {
    return source;
  }
  return source + ": " + path;
}

}  // namespace

JsonReader::JsonReader(const Json& value, std::string path, const std::string& source)
    : m_value(value), m_path(std::move(path)), m_source(source) {
  if (!m_value.is_object()) {
    fail_path(m_path, m_path.empty() ? "expected a JSON object at the top level" : "expected an object");
  }
}

std::string JsonReader::required_string(std::string_view key) {
  return read_string(key, Presence::required).value_or(std::string{});
}

std::optional<std::string> JsonReader::optional_string(std::string_view key) {
  return read_string(key, Presence::optional);
}

std::string JsonReader::string_or(std::string_view key, std::string_view fallback) {
  return read_string(key, Presence::optional).value_or(std::string(fallback));
}

bool JsonReader::required_bool(std::string_view key) { return read_bool(key, Presence::required).value_or(false); }

bool JsonReader::bool_or(std::string_view key, bool fallback) {
  return read_bool(key, Presence::optional).value_or(fallback);
}

std::int64_t JsonReader::required_int64(std::string_view key) {
  const Json* value = find(key, Presence::required);
  if (value == nullptr) {
    return 0;
  }
  if (!value->is_number_integer()) {
    fail_at(key, "expected an integer");
  }
  // Non-negative literals parse as unsigned, which may not fit.
  if (value->is_number_unsigned() &&
      value->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    fail_at(key, "integer out of range: must fit in 64 signed bits");
  }
  return value->get<std::int64_t>();
}

bool JsonReader::present(std::string_view key, Presence presence) { return find(key, presence) != nullptr; }

std::vector<std::string> JsonReader::required_strings(std::string_view key) {
  return read_strings(key, Presence::required);
}

std::vector<std::string> JsonReader::strings_or_empty(std::string_view key) {
  return read_strings(key, Presence::optional);
}

void JsonReader::check_missing() const {
  if (m_missing_key) {
    fail("missing required key " + json_quote(*m_missing_key));
  }
}

void JsonReader::finish() const {
  for (const auto& [key, value] : m_value.items()) {
    if (std::find(m_known_keys.begin(), m_known_keys.end(), key) == m_known_keys.end()) {
      fail("unknown key " + json_quote(key));
    }
  }
  check_missing();
}

void JsonReader::fail(std::string_view message) const { fail_path(m_path, message); }

void JsonReader::fail_at(std::string_view key, std::string_view message) const {
  fail_path(child_path(key), message);
}

const Json* JsonReader::find(std::string_view key, Presence presence) {
  const std::string name(key);
  if (std::find(m_known_keys.begin(), m_known_keys.end(), name) == m_known_keys.end()) {
    m_known_keys.push_back(name);
  }
  const auto found = m_value.find(name);
  if (found != m_value.end()) {
    return &*found;
  }
  if (presence == Presence::required && !m_missing_key) {
    m_missing_key = name;
  }
  return nullptr;
}

std::optional<std::string> JsonReader::read_string(std::string_view key, Presence presence) {
  const Json* value = find(key, presence);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (!value->is_string()) {
    fail_at(key, "expected a string");
  }
  return value->get<std::string>();
}

std::optional<bool> JsonReader::read_bool(std::string_view key, Presence presence) {
  const Json* value = find(key, presence);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (!value->is_boolean()) {
    fail_at(key, "expected a boolean");
  }
  return value->get<bool>();
}

std::vector<std::string> JsonReader::read_strings(std::string_view key, Presence presence) {
  const Json* value = find(key, presence);
  if (value == nullptr) {
    return {};
  }
  if (!value->is_array()) {
    fail_at(key, "expected an array");
  }
  std::vector<std::string> strings;
  strings.reserve(value->size());
  for (std::size_t i = 0; i < value->size(); ++i) {
    const Json& element = (*value)[i];
    if (!element.is_string()) {
      fail_path(child_path(key) + "[" + std::to_string(i) + "]", "expected a string");
    }
    strings.push_back(element.get<std::string>());
  }
  return strings;
}

std::string JsonReader::child_path(std::string_view key) const {
  return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

void JsonReader::fail_path(const std::string& path, std::string_view message) const {
  throw ModelError(located(m_source, path), std::string(message));
}

}  // namespace schemadiff::model_io
