// SPDX-License-Identifier: MIT
#include "support/test_database.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "schemadiff/error.hpp"
#include "schemadiff/pg/connection_url.hpp"
#include "schemadiff/pg/embedded_server.hpp"

namespace schemadiff::testing {
namespace {

constexpr std::size_t k_max_identifier = 63;
constexpr std::string_view k_name_prefix = "sdt_";

struct SharedServer {
  std::unique_ptr<EmbeddedServer> server;
  // A failed start is remembered so every later test fails fast with the same reason
  // instead of running initdb again.
  std::optional<std::string> failure;
};

SharedServer& shared() {
  static SharedServer state;
  return state;
}

std::optional<std::string> external_url() {
  const char* value = std::getenv("SCHEMADIFF_TEST_URL");
  if (value == nullptr || *value == '\0') {
    return std::nullopt;
  }
  return normalize_database_url(value);
}

EmbeddedServer& embedded_server() {
  SharedServer& state = shared();
  if (state.failure) {
    throw Error(*state.failure);
  }
  if (!state.server) {
    try {
      state.server = std::make_unique<EmbeddedServer>(EmbeddedServer::start());
    } catch (const std::exception& e) {
      state.failure = describe(e);
      throw;
    }
  }
  return *state.server;
}

// The database test databases are created from and dropped through.
std::string admin_url() {
  if (auto url = external_url()) {
    return *url;
  }
  return embedded_server().url("postgres");
}

std::string percent_encode(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.' || c == '~';
    out += safe ? std::string(1, c) : fmt::format("%{:02X}", static_cast<unsigned char>(c));
  }
  return out;
}

// A URI's query without any dbname parameter, which would override the path.
std::string without_dbname_parameter(const std::string& query) {
  std::string out;
  std::size_t start = 0;
  while (start <= query.size()) {
    const std::size_t amp = std::min(query.find('&', start), query.size());
    const std::string parameter = query.substr(start, amp - start);
    if (!parameter.empty() && parameter.rfind("dbname=", 0) != 0) {
      out += (out.empty() ? "" : "&") + parameter;
    }
    start = amp + 1;
  }
  return out;
}

std::string uri_with_database(const std::string& url, const std::string& database) {
  const std::size_t authority_start = url.find("://") + 3;
  const std::size_t authority_end = std::min(url.find_first_of("/?#", authority_start), url.size());
  const std::size_t path_end = std::min(url.find_first_of("?#", authority_end), url.size());
  std::string out = url.substr(0, authority_end) + "/" + percent_encode(database);
  if (path_end < url.size() && url[path_end] == '?') {
    const std::size_t query_end = std::min(url.find('#', path_end), url.size());
    const std::string query = without_dbname_parameter(url.substr(path_end + 1, query_end - path_end - 1));
    if (!query.empty()) {
      out += "?" + query;
    }
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// libpq's keyword/value form: key = value pairs, values optionally single-quoted with
// backslash escapes. Everything but dbname is copied through verbatim.
std::string keywords_with_database(const std::string& text, const std::string& database) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t pos = 0;
  const auto skip_space = [&] {
    while (pos < text.size() && is_space(text[pos])) {
      ++pos;
    }
  };
  while (true) {
    skip_space();
    if (pos >= text.size()) {
      break;
    }
    const std::size_t key_start = pos;
    while (pos < text.size() && text[pos] != '=' && !is_space(text[pos])) {
      ++pos;
    }
    std::string key = text.substr(key_start, pos - key_start);
    skip_space();
    if (pos >= text.size() || text[pos] != '=') {
      throw Error(fmt::format("cannot parse connection string \"{}\": missing \"=\" after \"{}\"", text, key));
    }
    ++pos;
    skip_space();
    const std::size_t value_start = pos;
    const bool quoted = pos < text.size() && text[pos] == '\'';
    if (quoted) {
      ++pos;
    }
    while (pos < text.size()) {
      const char c = text[pos];
      if (c == '\\' && pos + 1 < text.size()) {
        pos += 2;
        continue;
      }
      if (quoted ? c == '\'' : is_space(c)) {
        break;
      }
      ++pos;
    }
    if (quoted) {
      ++pos;
    }
    pairs.emplace_back(std::move(key), text.substr(value_start, pos - value_start));
  }
  std::string quoted_database = "'";
  for (const char c : database) {
    if (c == '\'' || c == '\\') {
      quoted_database += '\\';
    }
    quoted_database += c;
  }
  quoted_database += "'";
  std::string out;
  for (const auto& [key, value] : pairs) {
    if (key == "dbname") {
      continue;
    }
    out += key + "=" + value + " ";
  }
  return out + "dbname=" + quoted_database;
}

std::string sanitize(std::string_view hint) {
  std::string out;
  for (const char c : hint) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
      out += c;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += '_';
    }
  }
  return out;
}

}  // namespace

std::string with_database(const std::string& url, const std::string& database) {
  const std::string normalized = normalize_database_url(url);
  if (normalized.find("://") != std::string::npos) {
    return uri_with_database(normalized, database);
  }
  return keywords_with_database(normalized, database);
}

std::string server_url(const std::string& database) {
  if (auto url = external_url()) {
    return with_database(*url, database);
  }
  return embedded_server().url(database);
}

void stop_shared_server() {
  SharedServer& state = shared();
  if (state.server) {
    state.server->stop();
    state.server.reset();
  }
}

TestDatabase::TestDatabase(std::string_view hint) {
  static std::atomic<int> counter{0};
  const std::string suffix = fmt::format("_{}_{}", getpid(), ++counter);
  std::string cleaned = sanitize(hint);
  const std::size_t room = k_max_identifier - k_name_prefix.size() - suffix.size();
  if (cleaned.size() > room) {
    cleaned.resize(room);
  }
  m_name = std::string(k_name_prefix) + cleaned + suffix;
  Database admin = Database::connect(admin_url());
  // template0, not template1: whatever a shared server added to template1 stays out.
  admin.execute("CREATE DATABASE " + admin.quote_name(m_name) + " TEMPLATE template0");
  m_url = server_url(m_name);
}

TestDatabase::~TestDatabase() {
  try {
    Database admin = Database::connect(admin_url());
    const std::string quoted = admin.quote_name(m_name);
    if (admin.server_version() >= 130000) {
      admin.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
      return;
    }
    admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", {m_name});
    admin.execute("DROP DATABASE IF EXISTS " + quoted);
  } catch (const std::exception&) {
    // A leftover database on a shared test server is untidy, not a test failure; the
    // embedded server's are removed with it anyway.
  }
}

Database TestDatabase::connect() const { return Database::connect(m_url); }

void TestDatabase::execute(std::string_view sql) const { connect().execute(sql); }

std::string fixture_path(std::string_view relative) {
  return std::string(SCHEMADIFF_SOURCE_DIR) + "/fixtures/" + std::string(relative);
}

DeclaredModel load_declared(const std::string& location, const IntrospectOptions& introspect_options) {
  TestDatabase scratch("declared");
  Database connection = scratch.connect();
  return load_declared_model(location, connection, introspect_options);
}

}  // namespace schemadiff::testing
