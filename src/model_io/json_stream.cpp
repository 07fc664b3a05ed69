// SPDX-License-Identifier: MIT
#include "model_io/json_stream.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

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

/// A pointer into the text that publishes how far the parser has read: nlohmann's SAX
/// events carry no position, and the nesting limit is reported with one.
class TrackedIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackedIterator(const char* at, const char** cursor) : m_at(at), m_cursor(cursor) {}
  reference operator*() const { return *m_at; }
  TrackedIterator& operator++() {
    *m_cursor = ++m_at;
    return *this;
  }
  TrackedIterator operator++(int) {
    TrackedIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const TrackedIterator& other) const { return m_at == other.m_at; }
  bool operator!=(const TrackedIterator& other) const { return m_at != other.m_at; }

 private:
  const char* m_at;
  const char** m_cursor;
};

/// `line 3, column 5` (or `source:3:5`) of `byte`, the 1-based index of the last byte the
/// parser read (one past the end for an unexpected end of input).
std::string text_location(std::string_view text, std::size_t byte, const std::string& source) {
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

/// The length of the valid UTF-8 sequence at the start of `text`, or 0.
std::size_t utf8_sequence(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : 0x80;
    high = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (text.size() < length || byte(1) < low || byte(1) > high) {
    return 0;
  }
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) {
      return 0;
    }
  }
  return length;
}

/// nlohmann's message made fit for one line of a terminal: without its
/// `[json.exception...] parse error at ...: ` prefix (the location is reported in our
/// own terms), the token it quotes cut to its end, and bytes that are not UTF-8 (which
/// the token quotes raw) written as `\xHH`.
std::string syntax_error_reason(const std::string& what) {
  std::string reason = what;
  if (const std::size_t parse_error = reason.find("parse error"); parse_error != std::string::npos) {
    if (const std::size_t colon = reason.find(": ", parse_error); colon != std::string::npos) {
      reason.erase(0, colon + 2);
    }
  } else if (reason.rfind("[json.exception.", 0) == 0 && reason.find("] ") != std::string::npos) {
    reason.erase(0, reason.find("] ") + 2);
  }
  constexpr std::string_view last_read = "; last read: '";
  constexpr std::size_t kept = 40;
  if (const std::size_t token = reason.find(last_read); token != std::string::npos) {
    const std::size_t start = token + last_read.size();
    const std::size_t end = reason.size() - (reason.back() == '\'' ? 1 : 0);
    if (end > start + kept + 3) {
      std::size_t cut = end - kept;
      while (cut < end && (static_cast<unsigned char>(reason[cut]) & 0xC0U) == 0x80U) {
        ++cut;
      }
      reason.replace(start, cut - start, "...");
    }
  }
  std::string clean;
  for (std::size_t i = 0; i < reason.size();) {
    const std::size_t length = utf8_sequence(std::string_view(reason).substr(i));
    if (length == 0) {
      static constexpr char k_hex[] = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(reason[i]);
      clean += "\\x";
      clean += k_hex[byte >> 4U];
      clean += k_hex[byte & 0xFU];
      ++i;
    } else {
      clean.append(reason, i, length);
      i += length;
    }
  }
  return clean;
}

/// A key as a JSON path shows it: `.name`, or `["odd key"]` for anything that is not a
/// short identifier, so that a path stays on one line and readable.
std::string key_segment(const std::string& key, bool first) {
  const auto word = [](char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const bool plain = !key.empty() && key.size() <= 64 && word(key[0]) &&
                     std::all_of(key.begin(), key.end(), [&](char c) { return word(c) || (c >= '0' && c <= '9'); });
  if (plain) {
    return first ? key : "." + key;
  }
  return "[" + json_quote(key) + "]";
}

/// What the parser's events feed at one level of nesting.
enum class Role {
  root,     ///< the top-level object
  section,  ///< a top-level array whose elements are read into the model
  build,    ///< a value being built as a JSON value (an element, or inside one)
  skip,     ///< a value that is only checked for syntax and repeated keys
};

struct Frame {
  Role role = Role::skip;
  bool is_array = false;
  /// Objects: a key has been read and its value has not ended.
  bool pending = false;
  /// Arrays: the elements started so far.
  std::size_t count = 0;
  /// Objects: the last key read.
  std::string key;
  /// Role::build: the value being filled.
  Json* node = nullptr;
  /// Role::section: the index of the section.
  std::size_t section = 0;
  /// The keys read so far: a short list, or a hash set once an object has many.
  std::vector<std::string> few_keys;
  std::unordered_set<std::string> many_keys;
};

/// Handles the parser's events for a whole snapshot; see read_snapshot for what it
/// reports and in which order.
class SnapshotEvents final : public nlohmann::json_sax<Json> {
 public:
  SnapshotEvents(std::string_view text, const std::string& source, const SnapshotLayout& layout,
                 const char* const& cursor)
      : m_text(text), m_source(source), m_layout(layout), m_cursor(cursor), m_error_rank(layout.sections.size()) {}

  bool null() override { return scalar(Json(nullptr)); }
  bool boolean(bool value) override { return scalar(Json(value)); }
  bool number_integer(number_integer_t value) override { return scalar(Json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return scalar(Json(value)); }
  bool number_float(number_float_t value, const string_t&) override { return scalar(Json(value)); }
  bool string(string_t& value) override { return scalar(Json(std::move(value))); }
  bool binary(binary_t&) override { return scalar(Json()); }
  bool start_object(std::size_t) override { return start(false); }
  bool start_array(std::size_t) override { return start(true); }
  bool end_object() override { return end(); }
  bool end_array() override { return end(); }

  bool key(string_t& key) override {
    Frame& frame = top();
    if (!m_duplicate && !add_key(frame, key)) {
      m_duplicate = ModelError(located(m_source, path_to(m_depth - 1)), "duplicate key " + json_quote(key));
      // Nothing else matters now but a syntax error further on, which comes first.
      m_reading = false;
    }
    frame.key = std::move(key);
    frame.pending = true;
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
    const std::string reason = syntax_error_reason(error.what());
    m_abort = ModelError(text_location(m_text, position, m_source),
                         "invalid JSON: " + reason + " (" + where(syntax_path(), position) + ")");
    return false;
  }

  /// Throws the error that comes first, if any.
  void finish() {
    if (m_abort) {
      throw *m_abort;
    }
    if (m_duplicate) {
      throw *m_duplicate;
    }
    if (m_not_object) {
      throw ModelError(m_source, "expected a JSON object at the top level");
    }
    JsonReader root(m_root, "", m_source);
    m_layout.read_header(root);
    if (m_section_error) {
      throw *m_section_error;
    }
    for (const Section& section : m_layout.sections) {
      root.present(section.key, section.presence);
    }
    root.finish();
  }

 private:
  Frame& top() { return m_frames[m_depth - 1]; }

  bool scalar(Json&& value) {
    if (m_depth == 0) {
      not_an_object();
      return true;
    }
    Frame& parent = top();
    note_child(parent);
    if (m_reading) {
      switch (parent.role) {
        case Role::root: root_value(parent.key, std::move(value)); break;
        case Role::section:
          m_element = std::move(value);
          read_element(parent);
          break;
        case Role::build: add_child(parent, std::move(value)); break;
        case Role::skip: break;
      }
    }
    parent.pending = false;
    return true;
  }

  bool start(bool is_array) {
    Role role = Role::skip;
    Json* node = nullptr;
    std::size_t section = 0;
    if (m_depth == 0) {
      role = is_array ? not_an_object() : Role::root;
    } else {
      Frame& parent = top();
      note_child(parent);
      if (m_depth == k_max_json_depth) {
        const auto byte = static_cast<std::size_t>(m_cursor - m_text.data());
        m_abort = ModelError(text_location(m_text, byte, m_source), "JSON nested deeper than " +
                                                                       std::to_string(k_max_json_depth) + " levels (" +
                                                                       where(path_to(m_depth), byte) + ")");
        return false;
      }
      if (m_reading) {
        switch (parent.role) {
          case Role::root: role = root_container(parent.key, is_array, section); break;
          case Role::section:
            if (wanted(parent.section)) {
              m_element = is_array ? Json::array() : Json::object();
              node = &m_element;
              role = Role::build;
            }
            break;
          case Role::build:
            node = add_child(parent, is_array ? Json::array() : Json::object());
            role = Role::build;
            break;
          case Role::skip: break;
        }
      }
    }
    push(role, is_array, node, section);
    return true;
  }

  bool end() {
    const Role role = top().role;
    --m_depth;
    if (m_depth > 0) {
      Frame& parent = top();
      parent.pending = false;
      if (parent.role == Role::section && role == Role::build) {
        read_element(parent);
      }
    }
    return true;
  }

  void push(Role role, bool is_array, Json* node, std::size_t section) {
    if (m_depth == m_frames.size()) {
      m_frames.emplace_back();
    }
    Frame& frame = m_frames[m_depth++];
    frame.role = role;
    frame.is_array = is_array;
    frame.pending = false;
    frame.count = 0;
    frame.key.clear();
    frame.node = node;
    frame.section = section;
    frame.few_keys.clear();
    if (!frame.many_keys.empty()) {
      // Not clear(): that keeps, and walks, every bucket of a once huge object.
      frame.many_keys = {};
    }
  }

  static void note_child(Frame& parent) {
    if (parent.is_array) {
      ++parent.count;
    }
  }

  /// Records `key` in `frame`; false when the object already has it.
  static bool add_key(Frame& frame, const std::string& key) {
    constexpr std::size_t k_few = 16;
    if (frame.many_keys.empty()) {
      if (std::find(frame.few_keys.begin(), frame.few_keys.end(), key) != frame.few_keys.end()) {
        return false;
      }
      if (frame.few_keys.size() < k_few) {
        frame.few_keys.push_back(key);
        return true;
      }
      frame.many_keys.insert(frame.few_keys.begin(), frame.few_keys.end());
    }
    return frame.many_keys.insert(key).second;
  }

  Role not_an_object() {
    m_not_object = true;
    m_reading = false;
    return Role::skip;
  }

  /// Header values are kept whole; sections and the first unknown key get a placeholder,
  /// so that the root's reader sees which keys the document has.
  void root_value(const std::string& key, Json&& value) {
    if (is_header_key(key)) {
      add_root_key(key, std::move(value));
      return;
    }
    if (const std::optional<std::size_t> section = section_index(key)) {
      add_root_key(key, Json());
      record(*section, ModelError(located(m_source, key), "expected an array"));
      return;
    }
    add_unknown_key(key);
  }

  Role root_container(const std::string& key, bool is_array, std::size_t& section) {
    if (is_header_key(key)) {
      // Its type is all the header's reader needs: it fails on anything but a scalar.
      add_root_key(key, is_array ? Json::array() : Json::object());
      return Role::skip;
    }
    if (const std::optional<std::size_t> index = section_index(key)) {
      add_root_key(key, Json());
      if (!is_array) {
        record(*index, ModelError(located(m_source, key), "expected an array"));
        return Role::skip;
      }
      section = *index;
      return Role::section;
    }
    add_unknown_key(key);
    return Role::skip;
  }

  bool is_header_key(const std::string& key) const {
    return std::find(m_layout.header_keys.begin(), m_layout.header_keys.end(), key) != m_layout.header_keys.end();
  }

  std::optional<std::size_t> section_index(const std::string& key) const {
    for (std::size_t i = 0; i < m_layout.sections.size(); ++i) {
      if (m_layout.sections[i].key == key) {
        return i;
      }
    }
    return std::nullopt;
  }

  void add_root_key(const std::string& key, Json&& value) {
    // The key is new (repeated keys stop the reading), so no lookup is needed.
    m_root.get_ref<Json::object_t&>().emplace_back(key, std::move(value));
  }

  void add_unknown_key(const std::string& key) {
    if (!m_has_unknown_key) {
      m_has_unknown_key = true;
      add_root_key(key, Json());
    }
  }

  static Json* add_child(Frame& parent, Json&& value) {
    if (parent.is_array) {
      parent.node->get_ref<Json::array_t&>().push_back(std::move(value));
      return &parent.node->get_ref<Json::array_t&>().back();
    }
    // Repeated keys stop the reading, so the key is new: no need for ordered_map's
    // linear lookup.
    auto& object = parent.node->get_ref<Json::object_t&>();
    object.emplace_back(parent.key, std::move(value));
    return &object.back().second;
  }

  /// Whether the elements of `section` are still worth reading: not once it or a
  /// section before it has failed.
  bool wanted(std::size_t section) const { return m_reading && section < m_error_rank; }

  void read_element(const Frame& section) {
    if (wanted(section.section)) {
      const Section& layout = m_layout.sections[section.section];
      try {
        JsonReader element(m_element, std::string(layout.key) + "[" + std::to_string(section.count - 1) + "]",
                           m_source);
        layout.read_element(element);
      } catch (const ModelError& error) {
        record(section.section, error);
      }
    }
    m_element = Json();
  }

  void record(std::size_t section, ModelError error) {
    if (section < m_error_rank) {
      m_error_rank = section;
      m_section_error = std::move(error);
    }
  }

  std::string segment(std::size_t level) const {
    const Frame& frame = m_frames[level];
    if (frame.is_array) {
      return "[" + std::to_string(frame.count - 1) + "]";
    }
    return key_segment(frame.key, level == 0);
  }

  /// The path of the value the frame at `levels` holds.
  std::string path_to(std::size_t levels) const {
    std::string path;
    for (std::size_t level = 0; level < levels; ++level) {
      path += segment(level);
    }
    return path;
  }

  /// Where the parser is: inside the innermost container, or in the value of its last
  /// key while that value has not ended.
  std::string syntax_path() const {
    if (m_depth == 0) {
      return {};
    }
    std::string path = path_to(m_depth - 1);
    const Frame& innermost = m_frames[m_depth - 1];
    if (!innermost.is_array && innermost.pending) {
      path += segment(m_depth - 1);
    }
    return path;
  }

  static std::string where(const std::string& path, std::size_t byte) {
    return (path.empty() ? "" : "at " + path + ", ") + "byte " + std::to_string(byte);
  }

  std::string_view m_text;
  const std::string& m_source;
  const SnapshotLayout& m_layout;
  const char* const& m_cursor;

  /// Frames are reused, so that their key lists keep their capacity.
  std::vector<Frame> m_frames;
  std::size_t m_depth = 0;
  /// The header keys, and a placeholder for each section and the first unknown key.
  Json m_root = Json::object();
  bool m_has_unknown_key = false;
  /// The element being built.
  Json m_element;

  /// Whether values still go into the model: not after a repeated key or a top level that
  /// is not an object, when only syntax (and, for the latter, repeated keys) matters.
  bool m_reading = true;
  std::optional<ModelError> m_abort;
  std::optional<ModelError> m_duplicate;
  bool m_not_object = false;
  std::size_t m_error_rank;
  std::optional<ModelError> m_section_error;
};

}  // namespace

void read_snapshot(std::string_view text, const std::string& source, const SnapshotLayout& layout) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* cursor = begin;
  SnapshotEvents events(text, source, layout, cursor);
  Json::sax_parse(TrackedIterator(begin, &cursor), TrackedIterator(end, &cursor), &events);
  events.finish();
}

}  // namespace schemadiff::model_io
