// SPDX-License-Identifier: MIT
// How the database layer reports failures: the right error type, the SQLSTATE, and a
// one-line message that names the cause.
#include "schemadiff/pg/database.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "schemadiff/error.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

using testing::server_url;
using testing::TestDatabase;

template <typename E, typename Fn>
std::optional<E> caught(Fn&& fn) {
  try {
    fn();
  } catch (const E& e) {
    return e;
  }
  return std::nullopt;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

void expect_one_line(const std::string& message) {
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  EXPECT_FALSE(message.empty());
}

// A loopback port nobody listens on: bound and released just now.
int unused_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

// `url` with its user and password replaced; either connection-string form.
std::string with_credentials(const std::string& url, const std::string& user, const std::string& password) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) {
    return url + " user=" + user + " password=" + password;
  }
  const auto authority_start = scheme_end + 3;
  const auto authority_end = std::min(url.find_first_of("/?#", authority_start), url.size());
  auto host_start = url.rfind('@', authority_end);
  host_start = (host_start == std::string::npos || host_start < authority_start) ? authority_start : host_start + 1;
  return url.substr(0, authority_start) + user + ":" + password + "@" + url.substr(host_start);
}

// A login role for one test, dropped afterwards (roles outlive databases).
class ScopedRole {
 public:
  ScopedRole(std::string_view hint, const std::string& password)
      : m_name("sdt_" + std::string(hint) + "_" + std::to_string(getpid())) {
    auto admin = Database::connect(server_url());
    admin.execute("DROP ROLE IF EXISTS " + admin.quote_name(m_name));
    const auto statement = admin.query("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)",
                                       {m_name, password});
    admin.execute(*statement.rows().at(0).at(0));
  }
  ~ScopedRole() {
    try {
      auto admin = Database::connect(server_url());
      admin.execute("DROP ROLE IF EXISTS " + admin.quote_name(m_name));
    } catch (const std::exception&) {
      // Dropping fails only if the server went away, which other tests will report.
    }
  }
  const std::string& name() const { return m_name; }

 private:
  std::string m_name;
};

TEST(DatabaseErrors, UnsupportedSchemeIsRejectedBeforeConnecting) {
  const auto error = caught<Error>([] { Database::connect("mysql://root:hunter2@localhost/app"); });
  ASSERT_TRUE(error);
  EXPECT_EQ(dynamic_cast<const DatabaseError*>(&*error), nullptr);
  const std::string message = error->what();
  expect_one_line(message);
  EXPECT_NE(message.find("mysql"), std::string::npos) << message;
  EXPECT_EQ(message.find("hunter2"), std::string::npos) << message;
}

TEST(DatabaseErrors, SqlalchemyUrlIsAccepted) {
  const std::string url = server_url();
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) {
    GTEST_SKIP() << "the test server's URL is in keyword form";
  }
  const std::string sqlalchemy = "postgresql+asyncpg" + url.substr(scheme_end);
  EXPECT_EQ(Database::connect(sqlalchemy).query("SELECT 1").size(), 1u);
}

TEST(DatabaseErrors, UnreachableServerSaysConnectionRefused) {
  const std::string url = "postgresql://someone:hunter2@127.0.0.1:" + std::to_string(unused_port()) + "/app";
  const auto error = caught<DatabaseError>([&] { Database::connect(url); });
  ASSERT_TRUE(error);
  const std::string message = error->what();
  expect_one_line(message);
  EXPECT_NE(lower(message).find("connection refused"), std::string::npos) << message;
  EXPECT_EQ(message.find("hunter2"), std::string::npos) << message;
  EXPECT_EQ(error->sqlstate(), "08001");
}

TEST(DatabaseErrors, WrongPasswordSaysAuthenticationFailed) {
  const ScopedRole role("pw", "right-password");
  const std::string url = with_credentials(server_url(), role.name(), "wrong-password");
  std::optional<DatabaseError> error;
  try {
    Database::connect(url);
    GTEST_SKIP() << "the test server does not check passwords";
  } catch (const DatabaseError& e) {
    error = e;
  }
  const std::string message = error->what();
  expect_one_line(message);
  EXPECT_NE(message.find("password authentication failed"), std::string::npos) << message;
  EXPECT_NE(message.find(role.name()), std::string::npos) << message;
  EXPECT_EQ(message.find("wrong-password"), std::string::npos) << message;
  EXPECT_EQ(error->sqlstate(), "28P01") << message;

  // The right password gets in, so the failure above was the password's.
  EXPECT_NO_THROW(Database::connect(with_credentials(server_url(), role.name(), "right-password")));
}

TEST(DatabaseErrors, MissingPrivilegeCarriesSqlstate42501) {
  const TestDatabase db("missing_privilege");
  db.execute("CREATE TABLE secret (id int)");
  const ScopedRole role("nopriv", "pw");
  auto connection = db.connect();
  connection.execute("SET ROLE " + connection.quote_name(role.name()));
  const auto error = caught<DatabaseError>([&] { connection.query("SELECT * FROM secret"); });
  ASSERT_TRUE(error);
  const std::string message = error->what();
  expect_one_line(message);
  EXPECT_EQ(error->sqlstate(), "42501");
  EXPECT_NE(message.find("permission denied"), std::string::npos) << message;
  EXPECT_NE(message.find("42501"), std::string::npos) << message;
  EXPECT_EQ(error->statement(), "SELECT * FROM secret");
}

TEST(DatabaseErrors, SyntaxErrorCarriesSqlstate42601) {
  const TestDatabase db("syntax_error");
  auto connection = db.connect();
  const auto error = caught<DatabaseError>([&] { connection.query("SELEC 1"); });
  ASSERT_TRUE(error);
  const std::string message = error->what();
  expect_one_line(message);
  EXPECT_EQ(error->sqlstate(), "42601");
  EXPECT_NE(message.find("syntax error"), std::string::npos) << message;
  EXPECT_NE(message.find("42601"), std::string::npos) << message;
  // The connection is still usable after a failed statement.
  EXPECT_EQ(connection.query("SELECT 1").size(), 1u);
}

TEST(DatabaseErrors, UnknownDatabaseCarriesSqlstate3D000) {
  const std::string missing = "sdt_missing_" + std::to_string(getpid());
  const auto error = caught<DatabaseError>([&] { Database::connect(server_url(missing)); });
  ASSERT_TRUE(error);
  const std::string message = error->what();
  expect_one_line(message);
  EXPECT_NE(message.find("database \"" + missing + "\" does not exist"), std::string::npos) << message;
  EXPECT_EQ(error->sqlstate(), "3D000") << message;
}

TEST(TestHarness, TestDatabasesAreUniqueAndDropped) {
  std::string first_name;
  {
    const TestDatabase first("Some Test/Name");
    const TestDatabase second("Some Test/Name");
    first_name = first.name();
    EXPECT_NE(first.name(), second.name());
    EXPECT_EQ(first.name().rfind("sdt_some_test_name_", 0), 0u) << first.name();
    EXPECT_EQ(first.connect().database_name(), first.name());
  }
  auto admin = Database::connect(server_url());
  EXPECT_TRUE(admin.query("SELECT 1 FROM pg_database WHERE datname = $1", {first_name}).empty());
}

TEST(TestHarness, LongHintsStayWithinTheIdentifierLimit) {
  const TestDatabase db(std::string(200, 'x'));
  EXPECT_LE(db.name().size(), 63u);
  EXPECT_EQ(db.connect().database_name(), db.name());
}

TEST(TestHarness, WithDatabaseHandlesBothUrlForms) {
  EXPECT_EQ(testing::with_database("postgresql://u:p@h:5/old?sslmode=disable&dbname=x", "new db"),
            "postgresql://u:p@h:5/new%20db?sslmode=disable");
  EXPECT_EQ(testing::with_database("postgres://h", "d"), "postgresql://h/d");
  EXPECT_EQ(testing::with_database("postgresql+psycopg2://h/old", "d"), "postgresql://h/d");
  EXPECT_EQ(testing::with_database("host=/run/pg port=5 dbname = 'old one' user=u", "it's"),
            "host=/run/pg port=5 user=u dbname='it\\'s'");
}

TEST(TestHarness, ReadFileNamesTheMissingFile) {
  const std::string path = testing::fixture_path("no/such/file.sql");
  try {
    testing::read_file(path);
    FAIL() << "read_file did not throw";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace schemadiff
