// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace schemadiff::testing {

struct CliResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};

/// Runs the command line in-process (`schemadiff` followed by `args`), capturing output.
CliResult run_cli(const std::vector<std::string>& args);

/// Sets (or, with nullptr, unsets) an environment variable for this object's lifetime.
class ScopedEnv {
 public:
  ScopedEnv(std::string name, const char* value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string m_name;
  bool m_had_value = false;
  std::string m_old_value;
};

/// Changes the working directory for this object's lifetime.
class ScopedCurrentDir {
 public:
  explicit ScopedCurrentDir(const std::string& dir);
  ~ScopedCurrentDir();
  ScopedCurrentDir(const ScopedCurrentDir&) = delete;
  ScopedCurrentDir& operator=(const ScopedCurrentDir&) = delete;

 private:
  std::string m_old;
};

}  // namespace schemadiff::testing
