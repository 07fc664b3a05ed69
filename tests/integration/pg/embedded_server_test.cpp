// SPDX-License-Identifier: MIT
#include "schemadiff/pg/embedded_server.hpp"

#include <gtest/gtest.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>

#include "schemadiff/error.hpp"
#include "schemadiff/pg/database.hpp"

namespace schemadiff {
namespace {

namespace fs = std::filesystem;
using std::chrono::steady_clock;

bool eventually(const auto& condition, std::chrono::milliseconds limit = std::chrono::seconds(10)) {
  const auto deadline = steady_clock::now() + limit;
  while (!condition()) {
    if (steady_clock::now() >= deadline) {
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

pid_t postmaster_pid(const std::string& directory) {
  const std::string text = read_text(fs::path(directory) / "postmaster.pid");
  return text.empty() ? -1 : static_cast<pid_t>(std::stol(text));
}

bool process_alive(pid_t pid) { return pid > 0 && (kill(pid, 0) == 0 || errno != ESRCH); }

// Any process whose command line names `directory`, such as a postmaster's `-D`.
bool any_process_mentions(const std::string& directory) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/proc", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    std::string cmdline = read_text(entry.path() / "cmdline");
    std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
    if (cmdline.find(directory) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Points TMPDIR at a fresh private directory for one test, so it can tell what a
// server left behind there.
class ScopedTmpdir {
 public:
  ScopedTmpdir() {
    const char* old = std::getenv("TMPDIR");
    if (old != nullptr) {
      m_old = old;
    }
    std::string templ = (fs::temp_directory_path() / "sdt-tmpdir-XXXXXX").string();
    m_path = mkdtemp(templ.data());
    // The server may run as another account, which must reach its directory in here.
    fs::permissions(m_path, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    setenv("TMPDIR", m_path.c_str(), 1);
  }
  ~ScopedTmpdir() {
    if (m_old) {
      setenv("TMPDIR", m_old->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  const std::string& path() const { return m_path; }
  bool empty() const { return fs::is_empty(m_path); }

 private:
  std::string m_path;
  std::optional<std::string> m_old;
};

// A bin directory of shell scripts standing in for initdb and postgres.
class FakeBindir {
 public:
  FakeBindir() {
    std::string templ = (fs::temp_directory_path() / "sdt-bindir-XXXXXX").string();
    m_path = mkdtemp(templ.data());
    fs::permissions(m_path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec);
  }
  ~FakeBindir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  void script(const std::string& name, const std::string& body) {
    const fs::path file = fs::path(m_path) / name;
    std::ofstream(file) << "#!/bin/sh\n" << body << "\n";
    fs::permissions(file, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
  }
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

EmbeddedServerOptions with_bindir(const std::string& bindir) {
  EmbeddedServerOptions options;
  options.bindir = bindir;
  return options;
}

std::string start_error(const EmbeddedServerOptions& options) {
  try {
    EmbeddedServer::start(options);
  } catch (const Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "the server started";
  return {};
}

TEST(EmbeddedServer, StartsConnectsAndStops) {
  auto server = EmbeddedServer::start();
  const std::string directory = server.directory();
  ASSERT_TRUE(fs::is_directory(directory));
  EXPECT_GT(server.port(), 0);

  struct stat info {};
  ASSERT_EQ(stat(directory.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0700u);
  if (geteuid() == 0) {
    const passwd* account = getpwnam("postgres");
    ASSERT_NE(account, nullptr);
    EXPECT_EQ(info.st_uid, account->pw_uid) << "the server must not run as root";
  } else {
    EXPECT_EQ(info.st_uid, geteuid());
  }

  auto db = Database::connect(server.url());
  EXPECT_GE(db.server_version(), 120000);
  EXPECT_EQ(db.database_name(), "postgres");
  const auto rows = db.query("SELECT current_user, current_setting('data_directory')");
  EXPECT_EQ(rows.rows().at(0).at(0), "postgres");
  EXPECT_EQ(rows.rows().at(0).at(1), directory);

  // Database names are percent-encoded into the URL.
  db.execute(R"(CREATE DATABASE "odd name/é?&")");
  EXPECT_EQ(Database::connect(server.url("odd name/é?&")).database_name(), "odd name/é?&");

  server.stop();
  EXPECT_FALSE(fs::exists(directory));
  server.stop();
  EXPECT_FALSE(fs::exists(directory));
}

TEST(EmbeddedServer, TwoServersRunSideBySide) {
  auto first = EmbeddedServer::start();
  std::string second_directory;
  {
    auto second = EmbeddedServer::start();
    second_directory = second.directory();
    EXPECT_NE(first.directory(), second_directory);

    Database::connect(first.url()).execute("CREATE DATABASE only_in_first");
    auto found = Database::connect(second.url()).query("SELECT 1 FROM pg_database WHERE datname = 'only_in_first'");
    EXPECT_TRUE(found.empty());

    // The second watchdog must not hold the first one's pipe open, or this would hang.
    const std::string first_directory = first.directory();
    first.stop();
    EXPECT_FALSE(fs::exists(first_directory));
    EXPECT_EQ(Database::connect(second.url()).query("SELECT 1").size(), 1u);

    // A moved-to object is the one owner; the destructor stops the server.
    EmbeddedServer moved = std::move(second);
    EXPECT_TRUE(fs::exists(second_directory));
  }
  EXPECT_FALSE(fs::exists(second_directory));
}

// A forked child that starts a server, reports its directory, and waits to be killed.
struct ServerInChild {
  pid_t child = -1;
  int report_fd = -1;
  std::string directory;
  pid_t postmaster = -1;
};

ServerInChild fork_server_owner() {
  int fds[2];
  if (pipe(fds) != 0) {
    return {};
  }
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    try {
      auto server = EmbeddedServer::start();
      const std::string line = server.directory() + "\n";
      if (write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
        _exit(4);
      }
      while (true) {
        pause();
      }
    } catch (...) {
      _exit(3);
    }
  }
  close(fds[1]);
  return {child, fds[0], {}, -1};
}

void await_server(ServerInChild& owner) {
  char c = 0;
  pollfd pfd{owner.report_fd, POLLIN, 0};
  while (poll(&pfd, 1, 60000) > 0 && read(owner.report_fd, &c, 1) == 1 && c != '\n') {
    owner.directory += c;
  }
  close(owner.report_fd);
  if (!owner.directory.empty()) {
    owner.postmaster = postmaster_pid(owner.directory);
  }
}

// Kills the owner with `signal` and checks that its watchdog takes the server and its
// directory away.
void expect_cleanup_after(ServerInChild& owner, int signal) {
  ASSERT_GT(owner.child, 0);
  if (owner.directory.empty()) {
    kill(owner.child, SIGKILL);
    waitpid(owner.child, nullptr, 0);
    FAIL() << "the child did not start a server";
  }
  ASSERT_TRUE(fs::is_directory(owner.directory));
  ASSERT_TRUE(process_alive(owner.postmaster));

  ASSERT_EQ(kill(owner.child, signal), 0);
  int status = 0;
  ASSERT_EQ(waitpid(owner.child, &status, 0), owner.child);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), signal);

  EXPECT_TRUE(eventually([&] { return !fs::exists(owner.directory); })) << owner.directory << " is still there";
  EXPECT_TRUE(eventually([&] { return !process_alive(owner.postmaster); })) << "postmaster " << owner.postmaster;
  EXPECT_FALSE(any_process_mentions(owner.directory));
}

TEST(EmbeddedServer, CleansUpWhenTheOwnerIsKilledOrInterrupted) {
  // Both owners start at once to keep the test quick.
  ServerInChild killed = fork_server_owner();
  ServerInChild interrupted = fork_server_owner();
  await_server(killed);
  await_server(interrupted);
  expect_cleanup_after(killed, SIGKILL);
  expect_cleanup_after(interrupted, SIGINT);
}

TEST(EmbeddedServer, MissingBinariesAreReported) {
  FakeBindir empty;
  const std::string message = start_error(with_bindir(empty.path()));
  EXPECT_NE(message.find("initdb"), std::string::npos) << message;
  EXPECT_NE(message.find(empty.path()), std::string::npos) << message;
}

TEST(EmbeddedServer, MissingAccountIsReportedWhenRoot) {
  if (geteuid() != 0) {
    GTEST_SKIP() << "only root needs another account";
  }
  EmbeddedServerOptions options;
  options.run_as_user = "sdt_no_such_account";
  const std::string message = start_error(options);
  EXPECT_NE(message.find("\"sdt_no_such_account\""), std::string::npos) << message;
}

TEST(EmbeddedServer, FailingInitdbIsReportedWithItsOutputAndCleanedUp) {
  FakeBindir bindir;
  ScopedTmpdir tmpdir;
  bindir.script("initdb", "echo 'initdb: simulated failure' >&2; exit 1");
  bindir.script("postgres", "exit 1");
  const std::string message = start_error(with_bindir(bindir.path()));
  EXPECT_NE(message.find("initdb exited with code 1"), std::string::npos) << message;
  EXPECT_NE(message.find("initdb: simulated failure"), std::string::npos) << message;
  EXPECT_TRUE(tmpdir.empty());
}

TEST(EmbeddedServer, FailingServerIsReportedWithItsLogAndCleanedUp) {
  FakeBindir bindir;
  ScopedTmpdir tmpdir;
  bindir.script("initdb", "exit 0");
  bindir.script("postgres", "echo 'FATAL:  simulated startup failure' >&2; exit 1");
  const std::string message = start_error(with_bindir(bindir.path()));
  EXPECT_NE(message.find("exited with code 1 during startup"), std::string::npos) << message;
  EXPECT_NE(message.find("simulated startup failure"), std::string::npos) << message;
  EXPECT_TRUE(tmpdir.empty());
}

TEST(EmbeddedServer, SlowServerTimesOutAndIsCleanedUp) {
  FakeBindir bindir;
  ScopedTmpdir tmpdir;
  bindir.script("initdb", "exit 0");
  bindir.script("postgres", "echo 'waiting forever'; exec sleep 60");
  EmbeddedServerOptions options = with_bindir(bindir.path());
  options.startup_timeout = std::chrono::seconds(1);
  const std::string message = start_error(options);
  EXPECT_NE(message.find("did not accept connections within 1000 ms"), std::string::npos) << message;
  EXPECT_NE(message.find("waiting forever"), std::string::npos) << message;
  EXPECT_TRUE(tmpdir.empty());
  EXPECT_FALSE(any_process_mentions(tmpdir.path()));
}

}  // namespace
}  // namespace schemadiff
