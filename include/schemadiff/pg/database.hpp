// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemadiff {

/// Rows of one query, as text (NULL is nullopt). Plain values so that nothing above
/// the database layer depends on the driver.
class ResultSet {
 public:
  using Row = std::vector<std::optional<std::string>>;

  ResultSet() = default;
  ResultSet(std::vector<std::string> columns, std::vector<Row> rows);

  const std::vector<std::string>& columns() const { return m_columns; }
  const std::vector<Row>& rows() const { return m_rows; }
  std::size_t size() const { return m_rows.size(); }
  bool empty() const { return m_rows.empty(); }

  /// Position of a column by name; throws Error naming the column if absent.
  std::size_t column_index(std::string_view name) const;

 private:
  std::vector<std::string> m_columns;
  std::vector<Row> m_rows;
};

struct ConnectOptions {
  std::chrono::seconds connect_timeout{10};
  std::string application_name = "schemadiff";
};

/// One connection to a PostgreSQL server. Errors are thrown as DatabaseError carrying the
/// SQLSTATE, with a one-line message that names the cause (unreachable server, failed
/// authentication, missing privilege, ...).
class Database {
 public:
  /// `url` is a libpq connection URL or keyword/value string (see normalize_database_url).
  static Database connect(const std::string& url, const ConnectOptions& options = {});

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  /// Runs `sql` (one or more statements) outside any explicit transaction and returns
  /// the rows of the last statement.
  ResultSet query(std::string_view sql);

  /// Runs one statement with positional parameters ($1, $2, ...), passed as text.
  ResultSet query(std::string_view sql, const std::vector<std::optional<std::string>>& params);

  /// Runs `sql` (any number of statements) and discards results.
  void execute(std::string_view sql);

  /// server_version_num, e.g. 150018.
  int server_version() const;
  /// Name of the database connected to.
  std::string database_name() const;
  /// Quotes an identifier with the server's rules.
  std::string quote_name(std::string_view ident) const;

 private:
  struct Impl;
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace schemadiff
