// SPDX-License-Identifier: MIT
#include "plan/type_change.hpp"

#include <cctype>
#include <optional>
#include <vector>

namespace schemadiff::planning {
namespace {

/// `timestamp(3) without time zone[]` -> base `timestamp without time zone`, modifiers {3},
/// one array dimension.
struct ParsedType {
  std::string base;
  std::vector<long> modifiers;
  int array_dimensions = 0;
};

std::optional<long> parse_number(const std::string& text) {
  std::string trimmed;
  for (char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      trimmed += c;
    }
  }
  if (trimmed.empty()) {
    return std::nullopt;
  }
  std::size_t used = 0;
  try {
    const long value = std::stol(trimmed, &used);
    if (used != trimmed.size()) {
      return std::nullopt;
    }
    return value;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

ParsedType parse(std::string type) {
  ParsedType parsed;
  while (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) {
    type.resize(type.size() - 2);
    ++parsed.array_dimensions;
  }
  const std::size_t open = type.find('(');
  const std::size_t close = open == std::string::npos ? std::string::npos : type.find(')', open);
  // Only a type name ending in `(n[,m])` has modifiers; a quoted name with parentheses
  // in it stays whole.
  if (open == std::string::npos || close == std::string::npos || type.find('"') != std::string::npos) {
    parsed.base = type;
    return parsed;
  }
  std::string arguments = type.substr(open + 1, close - open - 1);
  parsed.base = type.substr(0, open) + type.substr(close + 1);
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = arguments.find(',', start);
    const auto number = parse_number(arguments.substr(start, comma == std::string::npos ? comma : comma - start));
    if (!number) {
      parsed.base = type;
      parsed.modifiers.clear();
      return parsed;
    }
    parsed.modifiers.push_back(*number);
    if (comma == std::string::npos) {
      break;
    }
    start = comma + 1;
  }
  return parsed;
}

int integer_rank(const std::string& base) {
  if (base == "smallint") {
    return 1;
  }
  if (base == "integer") {
    return 2;
  }
  if (base == "bigint") {
    return 3;
  }
  return 0;
}

long integer_digits(int rank) {
  switch (rank) {
    case 1: return 5;
    case 2: return 10;
    default: return 19;
  }
}

bool is_timestamp(const std::string& base) {
  return base == "timestamp without time zone" || base == "timestamp with time zone";
}

// The default precision of time types is 6 fractional digits.
long time_precision(const ParsedType& type) { return type.modifiers.empty() ? 6 : type.modifiers.front(); }

bool is_scalar_widening(const ParsedType& from, const ParsedType& to) {
  if (from.base == to.base && from.modifiers == to.modifiers) {
    return true;
  }
  if (to.base == "text" || (to.base == "character varying" && to.modifiers.empty())) {
    return true;
  }
  const int from_integer = integer_rank(from.base);
  if (from_integer > 0) {
    if (integer_rank(to.base) >= from_integer) {
      return true;
    }
    if (to.base == "numeric") {
      return to.modifiers.empty() ||
             (to.modifiers.size() == 2 && to.modifiers[0] - to.modifiers[1] >= integer_digits(from_integer)) ||
             (to.modifiers.size() == 1 && to.modifiers[0] >= integer_digits(from_integer));
    }
    // double precision holds 15 exact digits, real 6.
    return (to.base == "double precision" && from_integer <= 2) || (to.base == "real" && from_integer == 1);
  }
  if (from.base == "real") {
    return to.base == "double precision";
  }
  if (from.base == "numeric" && to.base == "numeric") {
    if (to.modifiers.empty()) {
      return true;
    }
    if (from.modifiers.empty()) {
      return false;
    }
    const long from_scale = from.modifiers.size() > 1 ? from.modifiers[1] : 0;
    const long to_scale = to.modifiers.size() > 1 ? to.modifiers[1] : 0;
    return to_scale >= from_scale && to.modifiers[0] - to_scale >= from.modifiers[0] - from_scale;
  }
  if ((from.base == "character varying" || from.base == "character") &&
      (to.base == "character varying" || to.base == from.base)) {
    return !from.modifiers.empty() && !to.modifiers.empty() && to.modifiers[0] >= from.modifiers[0];
  }
  if (from.base == "date") {
    return is_timestamp(to.base);
  }
  if (is_timestamp(from.base) && (to.base == from.base || to.base == "timestamp with time zone")) {
    return time_precision(to) >= time_precision(from);
  }
  return false;
}

}  // namespace

bool is_known_widening(const std::string& from, const std::string& to) {
  const ParsedType parsed_from = parse(from);
  const ParsedType parsed_to = parse(to);
  if (parsed_to.array_dimensions == 0 && (parsed_to.base == "text" || parsed_to.base == "character varying") &&
      parsed_to.modifiers.empty()) {
    return true;
  }
  return parsed_from.array_dimensions == parsed_to.array_dimensions && is_scalar_widening(parsed_from, parsed_to);
}

bool is_rewrite_free(const std::string& from, const std::string& to) {
  const ParsedType parsed_from = parse(from);
  const ParsedType parsed_to = parse(to);
  if (parsed_from.array_dimensions != parsed_to.array_dimensions) {
    return false;
  }
  if (parsed_from.base == parsed_to.base && parsed_from.modifiers == parsed_to.modifiers) {
    return true;
  }
  const auto is_varlena_text = [](const ParsedType& type) {
    return type.base == "text" || type.base == "character varying";
  };
  if (is_varlena_text(parsed_from) && is_varlena_text(parsed_to)) {
    if (parsed_to.modifiers.empty()) {
      return true;
    }
    return parsed_from.base == "character varying" && !parsed_from.modifiers.empty() &&
           parsed_to.modifiers[0] >= parsed_from.modifiers[0];
  }
  if (parsed_from.base == "numeric" && parsed_to.base == "numeric") {
    if (parsed_to.modifiers.empty()) {
      return true;
    }
    if (parsed_from.modifiers.empty()) {
      return false;
    }
    const long from_scale = parsed_from.modifiers.size() > 1 ? parsed_from.modifiers[1] : 0;
    const long to_scale = parsed_to.modifiers.size() > 1 ? parsed_to.modifiers[1] : 0;
    return to_scale == from_scale && parsed_to.modifiers[0] >= parsed_from.modifiers[0];
  }
  return false;
}

}  // namespace schemadiff::planning
