// SPDX-License-Identifier: MIT
#include "introspect/text_array.hpp"

#include <fmt/format.h>

#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

[[noreturn]] void malformed(std::string_view text, std::string_view why) {
  throw Error(fmt::format("malformed array literal \"{}\": {}", text, why));
}

// array_out quotes an element when it is empty, is NULL spelled out, or holds braces,
// the delimiter, quotes, backslashes or white space; inside quotes only `"` and `\` are
// backslash-escaped.
std::size_t read_quoted(std::string_view text, std::size_t pos, std::string& out) {
  ++pos;  // opening quote
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '"') {
      return pos + 1;
    }
    if (c == '\\') {
      ++pos;
      if (pos >= text.size()) {
        break;
      }
    }
    out += text[pos];
    ++pos;
  }
  malformed(text, "unterminated quoted element");
}

std::size_t read_unquoted(std::string_view text, std::size_t pos, std::string& out) {
  while (pos < text.size() && text[pos] != ',' && text[pos] != '}') {
    if (text[pos] == '{' || text[pos] == '"') {
      malformed(text, "unexpected character in unquoted element");
    }
    if (text[pos] == '\\') {
      ++pos;
      if (pos >= text.size()) {
        break;
      }
    }
    out += text[pos];
    ++pos;
  }
  return pos;
}

}  // namespace

std::vector<std::optional<std::string>> decode_text_array(std::string_view text) {
  std::size_t pos = 0;
  if (!text.empty() && text[0] == '[') {
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos) {
      malformed(text, "dimension decoration without '='");
    }
    pos = equals + 1;
  }
  if (pos >= text.size() || text[pos] != '{') {
    malformed(text, "expected '{'");
  }
  ++pos;
  std::vector<std::optional<std::string>> elements;
  if (pos < text.size() && text[pos] == '}') {
    if (pos + 1 != text.size()) {
      malformed(text, "text after '}'");
    }
    return elements;
  }
  while (true) {
    if (pos >= text.size()) {
      malformed(text, "missing '}'");
    }
    if (text[pos] == '{') {
      malformed(text, "multi-dimensional arrays are not supported");
    }
    std::string element;
    if (text[pos] == '"') {
      pos = read_quoted(text, pos, element);
      elements.emplace_back(std::move(element));
    } else {
      const std::size_t start = pos;
      pos = read_unquoted(text, pos, element);
      if (pos == start) {
        malformed(text, "empty unquoted element");
      }
      // Only the bare word is NULL; a quoted "NULL" is the string.
      const bool is_null = text.substr(start, pos - start) == "NULL";
      if (is_null) {
        elements.emplace_back(std::nullopt);
      } else {
        elements.emplace_back(std::move(element));
      }
    }
    if (pos >= text.size()) {
      malformed(text, "missing '}'");
    }
    if (text[pos] == '}') {
      if (pos + 1 != text.size()) {
        malformed(text, "text after '}'");
      }
      return elements;
    }
    if (text[pos] != ',') {
      malformed(text, "expected ',' or '}'");
    }
    ++pos;
  }
}

std::vector<std::string> decode_string_array(std::string_view text) {
  std::vector<std::string> strings;
  for (auto& element : decode_text_array(text)) {
    if (!element) {
      throw Error(fmt::format("unexpected NULL element in array \"{}\"", text));
    }
    strings.push_back(std::move(*element));
  }
  return strings;
}

}  // namespace schemadiff::introspection
