// SPDX-License-Identifier: MIT
#include "introspect/catalog_sql.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <optional>

#include "introspect/catalog_queries.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

constexpr std::string_view k_marker = "-- pg";

enum class Comparison { at_least, below };

struct Marker {
  Comparison comparison = Comparison::at_least;
  int major = 0;
};

std::string_view trim_right(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())) != 0) {
    line.remove_suffix(1);
  }
  return line;
}

// The marker that ends `line`, if any. A trailing `-- pg>` or `-- pg<` comment that is
// not a well-formed marker is an error rather than a silently kept line; other comments
// that happen to start with `pg` (`-- pg_depend ...`) are not markers.
std::optional<Marker> find_marker(std::string_view line, std::size_t line_number) {
  line = trim_right(line);
  const std::size_t at = line.rfind(k_marker);
  if (at == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view rest = line.substr(at + k_marker.size());
  Marker marker;
  if (rest.rfind(">=", 0) == 0) {
    marker.comparison = Comparison::at_least;
    rest.remove_prefix(2);
  } else if (rest.rfind("<", 0) == 0) {
    marker.comparison = Comparison::below;
    rest.remove_prefix(1);
  } else if (rest.rfind(">", 0) == 0) {
    throw Error(
        fmt::format("line {}: version marker must be `-- pg>=N` or `-- pg<N`", line_number));
  } else {
    return std::nullopt;
  }
  const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), marker.major);
  if (error != std::errc() || end != rest.data() + rest.size() || marker.major <= 0) {
    throw Error(fmt::format("line {}: version marker needs a major version number, got \"{}\"",
                            line_number, rest));
  }
  return marker;
}

bool keeps(const Marker& marker, int server_version) {
  const int major = server_version / 10000;
  switch (marker.comparison) {
    case Comparison::at_least: return major >= marker.major;
    case Comparison::below: return major < marker.major;
  }
  return true;
}

}  // namespace

std::string apply_version_markers(std::string_view sql, int server_version) {
  std::string out;
  out.reserve(sql.size());
  std::size_t line_number = 1;
  std::size_t start = 0;
  while (start < sql.size()) {
    std::size_t end = sql.find('\n', start);
    const bool has_newline = end != std::string_view::npos;
    if (!has_newline) {
      end = sql.size();
    }
    const std::string_view line = sql.substr(start, end - start);
    const auto marker = find_marker(line, line_number);
    if (!marker || keeps(*marker, server_version)) {
      out += line;
    }
    if (has_newline) {
      out += '\n';
    }
    start = end + 1;
    ++line_number;
  }
  return out;
}

std::string catalog_query(std::string_view name, int server_version) {
  const auto text = catalog_query_text(name);
  if (!text) {
    throw Error(fmt::format("no catalog query named \"{}\"", name));
  }
  return with_context(fmt::format("introspection/{}.sql", name),
                      [&] { return apply_version_markers(*text, server_version); });
}

}  // namespace schemadiff::introspection
