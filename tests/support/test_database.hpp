// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "schemadiff/load/declared_model.hpp"
#include "schemadiff/pg/database.hpp"
#include "schemadiff/read_file.hpp"

namespace schemadiff::testing {

/// The server every test of this binary uses: the one of SCHEMADIFF_TEST_URL (a URL to a
/// database on a server where tests may create and drop databases), else an embedded
/// throwaway cluster started on first use and removed when the binary exits.
/// Returns the URL of `database` on that server.
std::string server_url(const std::string& database = "postgres");

/// Stops the embedded server, if one was started; the integration main calls it before
/// exiting. Later server_url() calls start a new one.
void stop_shared_server();

/// `url` (URI or keyword/value form) pointed at `database` instead, same server and user.
std::string with_database(const std::string& url, const std::string& database);

/// A fresh, empty database with a unique name, dropped when this object goes away.
class TestDatabase {
 public:
  /// `hint` becomes part of the name (e.g. the test's name), for debugging.
  explicit TestDatabase(std::string_view hint = "test");
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& name() const { return m_name; }
  const std::string& url() const { return m_url; }
  Database connect() const;
  /// Runs SQL (any number of statements) in this database.
  void execute(std::string_view sql) const;

 private:
  std::string m_name;
  std::string m_url;
};

/// load_declared_model of `location` in a fresh database on the test server.
DeclaredModel load_declared(const std::string& location, const IntrospectOptions& introspect_options = {});

/// Absolute path of a file or folder under the source tree's fixtures/.
std::string fixture_path(std::string_view relative);
using schemadiff::read_file;

}  // namespace schemadiff::testing
