// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <utility>

namespace schemadiff {

/// Root of every error schemadiff reports to a user. Only `main` prints them.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Wrong flags or arguments: exit code 64.
class UsageError : public Error {
 public:
  using Error::Error;
};

/// A model (JSON snapshot or declared SQL) that cannot be read. `path()` is where:
/// a JSON path such as `tables[3].columns[1].type`, or `file:line:column`.
class ModelError : public Error {
 public:
  ModelError(std::string path, const std::string& message)
      : Error(path.empty() ? message : path + ": " + message), m_path(std::move(path)) {}
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
};

/// Anything the server said no to, or could not be reached. Converted from the driver's
/// exceptions at the database boundary so nothing above it sees the driver.
class DatabaseError : public Error {
 public:
  DatabaseError(const std::string& message, std::string sqlstate = {}, std::string statement = {})
      : Error(message), m_sqlstate(std::move(sqlstate)), m_statement(std::move(statement)) {}
  const std::string& sqlstate() const { return m_sqlstate; }
  const std::string& statement() const { return m_statement; }

 private:
  std::string m_sqlstate;
  std::string m_statement;
};

/// Runs `fn`; if it throws, rethrows with `context` nested around the original error,
/// so `describe` prints `context: original message`.
template <typename Fn>
decltype(auto) with_context(const std::string& context, Fn&& fn) {
  try {
    return std::forward<Fn>(fn)();
  } catch (...) {
    std::throw_with_nested(Error(context));
  }
}

/// `outer: inner: innermost` for an exception and everything nested in it.
std::string describe(const std::exception& e);

/// The first exception of type T in `e`'s nested chain (outermost first), or null.
/// The pointer lives as long as `e` does.
template <typename T>
const T* find_nested(const std::exception& e) {
  if (const auto* found = dynamic_cast<const T*>(&e)) {
    return found;
  }
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception& inner) {
    return find_nested<T>(inner);
  } catch (...) {
  }
  return nullptr;
}

}  // namespace schemadiff
