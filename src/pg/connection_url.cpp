// SPDX-License-Identifier: MIT
#include "schemadiff/pg/connection_url.hpp"

#include <fmt/format.h>

#include "schemadiff/error.hpp"

#include <algorithm>

namespace schemadiff {

namespace {

// `password=secret` or `password='se cret'` in a keyword/value string or a URL query.
std::string redact_password_parameter(std::string text) {
  for (auto pos = text.find("password="); pos != std::string::npos; pos = text.find("password=", pos)) {
    const auto value = pos + std::string_view("password=").size();
    auto end = value;
    if (end < text.size() && text[end] == '\'') {
      ++end;
      while (end < text.size() && text[end] != '\'') {
        end += text[end] == '\\' ? 2 : 1;
      }
      end = std::min(end + 1, text.size());
    } else {
      end = text.find_first_of(" &", value);
      end = end == std::string::npos ? text.size() : end;
    }
    text.replace(value, end - value, "***");
    pos = value + 3;
  }
  return text;
}

}  // namespace

std::string redact_database_url(std::string_view url) {
  std::string text = redact_password_parameter(std::string(url));
  const auto scheme_end = text.find("://");
  if (scheme_end == std::string::npos) {
    return text;
  }
  const auto authority_start = scheme_end + 3;
  const auto authority_end = text.find_first_of("/?", authority_start);
  const auto at = text.rfind('@', authority_end == std::string::npos ? text.size() : authority_end);
  if (at == std::string::npos || at < authority_start) {
    return text;
  }
  const auto colon = text.find(':', authority_start);
  if (colon == std::string::npos || colon > at) {
    return text;
  }
  return text.substr(0, colon + 1) + "***" + text.substr(at);
}

std::string normalize_database_url(std::string_view url) {
  std::string text(url);
  if (text.empty()) {
    throw Error("empty database URL");
  }
  const auto scheme_end = text.find("://");
  if (scheme_end == std::string::npos) {
    // A libpq keyword/value string ("host=... dbname=...") is passed through as is.
    if (text.find('=') != std::string::npos) {
      return text;
    }
    throw Error(fmt::format(
        "invalid database URL \"{}\": expected postgresql://[user[:password]@][host][:port][/dbname]",
        redact_database_url(text)));
  }
  std::string scheme = text.substr(0, scheme_end);
  // SQLAlchemy spells the driver into the scheme (postgresql+asyncpg); libpq does not.
  if (const auto plus = scheme.find('+'); plus != std::string::npos) {
    scheme.erase(plus);
  }
  if (scheme != "postgresql" && scheme != "postgres") {
    throw Error(fmt::format("invalid database URL \"{}\": unsupported scheme \"{}\" (expected postgresql://)",
                                 redact_database_url(text), text.substr(0, scheme_end)));
  }
  return "postgresql" + text.substr(scheme_end);
}

}  // namespace schemadiff
