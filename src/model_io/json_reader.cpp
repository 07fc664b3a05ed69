// SPDX-License-Identifier: MIT
#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
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

/// A second, streaming pass over a document that parsed, to find keys that appear twice
/// in one object (the DOM keeps only the last), naming the object by its JSON path.
/// A separate SAX pass rather than a parse callback: nlohmann 3.11 rescans the parent
/// container after every object when a callback is set, which is quadratic in the
/// length of arrays such as a large schema's `dependencies`.
class DuplicateKeyFinder : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return start(false); }
  bool end_object() override { return end(); }
  bool start_array(std::size_t) override { return start(true); }
  bool end_array() override { return end(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

  bool key(string_t& key) override {
    Frame& top = m_stack.back();
    if (!top.keys.insert(key).second) {
      m_duplicate.emplace(top.path, key);
      return false;
    }
    top.key = key;
    return true;
  }

  /// The first duplicate: the object's path and the key.
  const std::optional<std::pair<std::string, std::string>>& duplicate() const { return m_duplicate; }

 private:
  struct Frame {
    bool is_array = false;
    std::size_t next_index = 0;
    std::string path;
    std::string key;  ///< of objects: the key whose value comes next
    std::set<std::string> keys;
  };

  bool start(bool is_array) {
    Frame frame;
    frame.is_array = is_array;
    frame.path = next_element_path();
    m_stack.push_back(std::move(frame));
    return true;
  }

  bool end() {
    m_stack.pop_back();
    return true;
  }

  bool value() {
    if (!m_stack.empty() && m_stack.back().is_array) {
      ++m_stack.back().next_index;
    }
    return true;
  }

  /// The path of the value that starts now (and, in an array, moves to the next index).
  std::string next_element_path() {
    if (m_stack.empty()) {
      return {};
    }
    Frame& top = m_stack.back();
    if (top.is_array) {
      return top.path + "[" + std::to_string(top.next_index++) + "]";
    }
    return top.path.empty() ? top.key : top.path + "." + top.key;
  }

  std::vector<Frame> m_stack;
  std::optional<std::pair<std::string, std::string>> m_duplicate;
};

/// `line 3, column 5` (or `source:3:5`) of the byte nlohmann reports: the 1-based index
/// of the last character it read, one past the end for an unexpected end of input.
std::string syntax_error_location(std::string_view text, std::size_t byte, const std::string& source) {
  const std::size_t at = std::min(byte == 0 ? 0 : byte - 1, text.size());
  const std::string_view before = text.substr(0, at);
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  // Columns count characters, not bytes: UTF-8 continuation bytes are 10xxxxxx.
  const std::string_view line_text = before.substr(line_start);
  const std::size_t column = 1 + static_cast<std::size_t>(std::count_if(line_text.begin(), line_text.end(), [](char c) {
                               return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
                             }));
  if (source.empty()) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
  }
  return source + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// nlohmann's message without its `[json.exception...] parse error at ...: ` prefix,
/// since the location is reported in our own terms.
std::string syntax_error_reason(const std::string& what) {
  const std::size_t parse_error = what.find("parse error");
  const std::size_t colon = parse_error == std::string::npos ? std::string::npos : what.find(": ", parse_error);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

Json parse_json(std::string_view text, const std::string& source) {
  Json document;
  try {
    document = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    throw ModelError(syntax_error_location(text, e.byte, source), "invalid JSON: " + syntax_error_reason(e.what()));
  }
  DuplicateKeyFinder finder;
  Json::sax_parse(text.begin(), text.end(), &finder);
  if (const auto& duplicate = finder.duplicate()) {
    throw ModelError(located(source, duplicate->first), "duplicate key " + json_quote(duplicate->second));
  }
  return document;
}

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
