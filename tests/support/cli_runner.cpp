// SPDX-License-Identifier: MIT
#include "support/cli_runner.hpp"

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "cli/run.hpp"

namespace schemadiff::testing {

CliResult run_cli(const std::vector<std::string>& args) {
  std::vector<std::string> storage;
  storage.reserve(args.size() + 1);
  storage.emplace_back("schemadiff");
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : storage) {
    argv.push_back(arg.data());
  }
  std::ostringstream out;
  std::ostringstream err;
  const int code = cli::run(std::span<char*>(argv.data(), argv.size()), out, err);
  return {code, out.str(), err.str()};
}

ScopedEnv::ScopedEnv(std::string name, const char* value) : m_name(std::move(name)) {
  if (const char* old = std::getenv(m_name.c_str())) {
    m_had_value = true;
    m_old_value = old;
  }
  if (value != nullptr) {
    ::setenv(m_name.c_str(), value, 1);
  } else {
    ::unsetenv(m_name.c_str());
  }
}

ScopedEnv::~ScopedEnv() {
  if (m_had_value) {
    ::setenv(m_name.c_str(), m_old_value.c_str(), 1);
  } else {
    ::unsetenv(m_name.c_str());
  }
}

ScopedCurrentDir::ScopedCurrentDir(const std::string& dir) : m_old(std::filesystem::current_path().string()) {
  std::filesystem::current_path(dir);
}

ScopedCurrentDir::~ScopedCurrentDir() { std::filesystem::current_path(m_old); }

}  // namespace schemadiff::testing
