// SPDX-License-Identifier: MIT
#include "schemadiff/pg/embedded_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "pg/embedded/binaries.hpp"
#include "pg/embedded/process.hpp"
#include "pg/embedded/watchdog.hpp"
#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

using embedded::Clock;

// sun_path holds 108 bytes with the terminating NUL; the socket is <dir>/.s.PGSQL.<port>.
constexpr std::size_t k_max_socket_path = 107;
constexpr std::string_view k_socket_name = "/.s.PGSQL.65535";
constexpr std::string_view k_dir_template = "/schemadiff-pg-XXXXXX";
constexpr const char* k_fallback_tmpdir = "/tmp";

std::string temp_base() {
  const char* env = std::getenv("TMPDIR");
  std::string base = (env != nullptr && *env != '\0') ? env : k_fallback_tmpdir;
  std::error_code ec;
  const auto absolute = std::filesystem::absolute(base, ec);
  if (!ec) {
    base = absolute.string();
  }
  while (base.size() > 1 && base.back() == '/') {
    base.pop_back();
  }
  // A long TMPDIR (macOS-style per-user dirs) would overflow the socket path.
  if (base.size() + k_dir_template.size() + k_socket_name.size() > k_max_socket_path) {
    return k_fallback_tmpdir;
  }
  return base;
}

std::string make_private_directory(const std::optional<embedded::Account>& account) {
  std::string path = temp_base() + std::string(k_dir_template);
  if (mkdtemp(path.data()) == nullptr) {
    throw Error(fmt::format("cannot create a temporary directory {}: {}", path, std::strerror(errno)));
  }
  if (account && chown(path.c_str(), account->uid, account->gid) != 0) {
    const int saved = errno;
    embedded::remove_tree(path);
    throw Error(fmt::format("cannot hand {} to the account \"{}\": {}", path, account->name,
                            std::strerror(saved)));
  }
  return path;
}

// The socket lives in our private directory, so any number would do; a number free on
// loopback just keeps the URL unsurprising should the server ever be given TCP.
int pick_port() {
  const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd >= 0) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    const bool bound = bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                       getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    close(fd);
    if (bound) {
      return ntohs(address.sin_port);
    }
  }
  return 40000 + static_cast<int>(getpid() % 20000);
}

// Collects what the watchdog reports until it closes the status pipe.
std::string read_status(int fd, Clock::time_point deadline) {
  std::string text;
  char buffer[4096];
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      return text;
    }
    pollfd pfd{fd, POLLIN, 0};
    const int ready = poll(&pfd, 1, static_cast<int>(std::min<long long>(left.count(), INT_MAX)));
    if (ready <= 0) {
      continue;
    }
    const ssize_t got = read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) {
      continue;
    }
    if (got <= 0) {
      return text;
    }
    text.append(buffer, static_cast<std::size_t>(got));
  }
}

enum class Slash { Keep, Encode };

bool is_url_safe(char c, Slash slash) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == '~' || (c == '/' && slash == Slash::Keep);
}

std::string percent_encode(std::string_view text, Slash slash) {
  std::string out;
  for (const char c : text) {
    if (is_url_safe(c, slash)) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
  }
  return out;
}

}  // namespace

struct EmbeddedServer::Impl {
  std::string directory;
  int port = 0;
  pid_t watchdog = -1;
  // Only the process that started the server waits for its watchdog; a forked child
  // that merely inherited this object just lets go of its end of the pipe.
  pid_t owner = -1;
  embedded::Fd control;

  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() { stop(); }

  void stop() {
    if (watchdog < 0) {
      return;
    }
    control.reset();
    if (getpid() == owner) {
      embedded::wait_blocking(watchdog);
    }
    watchdog = -1;
  }
};

EmbeddedServer::EmbeddedServer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
EmbeddedServer::EmbeddedServer(EmbeddedServer&&) noexcept = default;
EmbeddedServer& EmbeddedServer::operator=(EmbeddedServer&&) noexcept = default;
EmbeddedServer::~EmbeddedServer() = default;

EmbeddedServer EmbeddedServer::start(const EmbeddedServerOptions& options) {
  embedded::ClusterConfig config;
  config.bindir = embedded::find_bindir(options.bindir);
  config.account = embedded::find_server_account(options.run_as_user);
  config.startup_timeout = options.startup_timeout;
  config.directory = make_private_directory(config.account);
  config.port = pick_port();

  embedded::Pipe control;
  embedded::Pipe status;
  pid_t watchdog = -1;
  try {
    control = embedded::make_pipe();
    status = embedded::make_pipe();
    watchdog = fork();
    if (watchdog < 0) {
      throw Error(fmt::format("cannot start the embedded PostgreSQL server: fork failed: {}",
                              std::strerror(errno)));
    }
  } catch (...) {
    embedded::remove_tree(config.directory);
    throw;
  }
  if (watchdog == 0) {
    control.write.reset();
    status.read.reset();
    embedded::run_watchdog(config, control.read.get(), status.write.get());
  }
  control.read.reset();
  status.write.reset();

  // The watchdog bounds initdb and startup by the timeout each; this is a backstop.
  const auto deadline = Clock::now() + 2 * config.startup_timeout + std::chrono::seconds(30);
  const std::string report = read_status(status.read.get(), deadline);
  if (report == embedded::k_status_ready) {
    auto impl = std::make_unique<Impl>();
    impl->directory = config.directory;
    impl->port = config.port;
    impl->watchdog = watchdog;
    impl->owner = getpid();
    impl->control = std::move(control.write);
    return EmbeddedServer(std::move(impl));
  }

  control.write.reset();
  embedded::wait_blocking(watchdog);
  embedded::remove_tree(config.directory);
  std::string reason = "its watchdog process ended without saying why";
  if (report.rfind(embedded::k_status_error, 0) == 0) {
    reason = report.substr(embedded::k_status_error.size());
  } else if (report.empty() && Clock::now() >= deadline) {
    reason = "it did not start in time";
  }
  throw Error(fmt::format("cannot start the embedded PostgreSQL server ({}/postgres): {}", config.bindir,
                          reason));
}

std::string EmbeddedServer::url(const std::string& database) const {
  return fmt::format("postgresql://postgres@/{}?host={}&port={}", percent_encode(database, Slash::Encode),
                     percent_encode(m_impl->directory, Slash::Keep), m_impl->port);
}

const std::string& EmbeddedServer::directory() const { return m_impl->directory; }

int EmbeddedServer::port() const { return m_impl->port; }

void EmbeddedServer::stop() {
  if (m_impl) {
    m_impl->stop();
  }
}

}  // namespace schemadiff
