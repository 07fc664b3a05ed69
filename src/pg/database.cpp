// SPDX-License-Identifier: MIT
// The one home of libpqxx: every driver type and exception stops at this file's border.
#include "schemadiff/pg/database.hpp"

#include <fmt/format.h>

#include <pqxx/pqxx>

#include "schemadiff/error.hpp"
#include "schemadiff/pg/connection_url.hpp"
#include "schemadiff/sql/quote.hpp"

namespace schemadiff {
namespace {

// libpq messages span several lines ("FATAL:  ...\n\tIs the server running ...");
// users get the first line without the severity prefix.
std::string first_line(std::string_view message) {
  std::string text(message.substr(0, message.find('\n')));
  for (std::string_view prefix : {"FATAL:  ", "ERROR:  "}) {
    if (text.rfind(prefix, 0) == 0) {
      text.erase(0, prefix.size());
    }
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

// Appends libpq parameters to either connection-string form.
std::string with_parameters(const std::string& url, const ConnectOptions& options) {
  const bool is_uri = url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
  const std::string timeout = std::to_string(options.connect_timeout.count());
  if (is_uri) {
    const char sep = url.find('?') == std::string::npos ? '?' : '&';
    std::string out = url;
    if (url.find("connect_timeout=") == std::string::npos) {
      out += fmt::format("{}connect_timeout={}", sep, timeout);
    }
    if (url.find("application_name=") == std::string::npos) {
      out += fmt::format("{}application_name={}", out.find('?') == std::string::npos ? '?' : '&',
                         options.application_name);
    }
    return out;
  }
  std::string out = url;
  if (url.find("connect_timeout") == std::string::npos) {
    out += " connect_timeout=" + timeout;
  }
  if (url.find("application_name") == std::string::npos) {
    out += " application_name=" + options.application_name;
  }
  return out;
}

ResultSet to_result_set(const pqxx::result& result) {
  std::vector<std::string> columns;
  columns.reserve(static_cast<std::size_t>(result.columns()));
  for (pqxx::row::size_type i = 0; i < result.columns(); ++i) {
    columns.emplace_back(result.column_name(i));
  }
  std::vector<ResultSet::Row> rows;
  rows.reserve(result.size());
  for (const auto& row : result) {
    ResultSet::Row values;
    values.reserve(row.size());
    for (const auto& field : row) {
      if (field.is_null()) {
        values.emplace_back(std::nullopt);
      } else {
        values.emplace_back(std::string(field.c_str(), field.size()));
      }
    }
    rows.push_back(std::move(values));
  }
  return ResultSet(std::move(columns), std::move(rows));
}

// libpqxx 6.4 constructs insufficient_privilege without its SQLSTATE.
std::string sqlstate_of(const pqxx::sql_error& e) {
  if (!e.sqlstate().empty()) {
    return e.sqlstate();
  }
  if (dynamic_cast<const pqxx::insufficient_privilege*>(&e) != nullptr) {
    return "42501";
  }
  return {};
}

// libpq reports no SQLSTATE for a failed connection attempt, only the server's FATAL
// text, so the common causes are recognised by their (untranslated) messages.
std::string connection_failure_sqlstate(std::string_view message) {
  const auto has = [message](std::string_view text) { return message.find(text) != std::string_view::npos; };
  if (has("password authentication failed")) {
    return "28P01";
  }
  if (has("database \"") && has("\" does not exist")) {
    return "3D000";
  }
  if (has("role \"") && has("\" does not exist")) {
    return "28000";
  }
  if (has("no pg_hba.conf entry")) {
    return "28000";
  }
  if (has("permission denied for database")) {
    return "42501";
  }
  if (has("too many clients already") || has("remaining connection slots are reserved")) {
    return "53300";
  }
  return "08001";
}

// libpq says `connection to server on socket "/x/.s.PGSQL.5432" failed: FATAL:  cause`;
// the URL is already in our message, so only the cause is kept.
std::string connection_failure_text(std::string_view message) {
  std::string text = first_line(message);
  if (const auto failed = text.find(" failed: "); text.rfind("connection to server", 0) == 0 && failed != std::string::npos) {
    text.erase(0, failed + std::string_view(" failed: ").size());
  }
  return first_line(text);
}

[[noreturn]] void rethrow_sql_error(const pqxx::sql_error& e) {
  std::string message = first_line(e.what());
  const std::string sqlstate = sqlstate_of(e);
  if (!sqlstate.empty()) {
    message += fmt::format(" (SQLSTATE {})", sqlstate);
  }
  throw DatabaseError(message, sqlstate, e.query());
}

}  // namespace

ResultSet::ResultSet(std::vector<std::string> columns, std::vector<Row> rows)
    : m_columns(std::move(columns)), m_rows(std::move(rows)) {}

std::size_t ResultSet::column_index(std::string_view name) const {
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    if (m_columns[i] == name) {
      return i;
    }
  }
  throw Error(fmt::format("query result has no column \"{}\"", name));
}

struct Database::Impl {
  std::unique_ptr<pqxx::connection> connection;
};

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::connect(const std::string& url, const ConnectOptions& options) {
  const std::string normalized = normalize_database_url(url);
  auto impl = std::make_unique<Impl>();
  try {
    impl->connection = std::make_unique<pqxx::connection>(with_parameters(normalized, options));
  } catch (const pqxx::failure& e) {
    const std::string cause = connection_failure_text(e.what());
    const std::string sqlstate = connection_failure_sqlstate(e.what());
    throw DatabaseError(
        fmt::format("cannot connect to {}: {} (SQLSTATE {})", redact_database_url(url), cause, sqlstate),
        sqlstate);
  }
  return Database(std::move(impl));
}

ResultSet Database::query(std::string_view sql) {
  try {
    pqxx::nontransaction tx(*m_impl->connection);
    return to_result_set(tx.exec(std::string(sql)));
  } catch (const pqxx::sql_error& e) {
    rethrow_sql_error(e);
  } catch (const pqxx::broken_connection& e) {
    throw DatabaseError("lost the connection to the server: " + first_line(e.what()), "08006");
  } catch (const pqxx::failure& e) {
    throw DatabaseError(first_line(e.what()));
  }
}

ResultSet Database::query(std::string_view sql,
                          const std::vector<std::optional<std::string>>& params) {
  try {
    pqxx::nontransaction tx(*m_impl->connection);
    return to_result_set(tx.exec_params(std::string(sql), pqxx::prepare::make_dynamic_params(params)));
  } catch (const pqxx::sql_error& e) {
    rethrow_sql_error(e);
  } catch (const pqxx::broken_connection& e) {
    throw DatabaseError("lost the connection to the server: " + first_line(e.what()), "08006");
  } catch (const pqxx::failure& e) {
    throw DatabaseError(first_line(e.what()));
  }
}

void Database::execute(std::string_view sql) { query(sql); }

int Database::server_version() const { return m_impl->connection->server_version(); }

std::string Database::database_name() const { return m_impl->connection->dbname(); }

// Always double-quoted, as libpq's PQescapeIdentifier would, and as in generated SQL.
std::string Database::quote_name(std::string_view ident) const { return quote_ident(ident); }

}  // namespace schemadiff
