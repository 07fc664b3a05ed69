// SPDX-License-Identifier: MIT
#include "integration/example/example_project.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace schemadiff::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> sql_files_in(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".sql") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string versions_source() { return fixture_path("../migrations/versions"); }

}  // namespace

void copy_example_app(EngineProject& project) {
  for (const auto& file : example_model_files()) {
    fs::copy_file(file, fs::path(project.dir()) / "schema_models" / fs::path(file).filename());
  }
  for (const auto& file : sql_files_in(versions_source())) {
    fs::copy_file(file, fs::path(project.versions_dir()) / fs::path(file).filename());
  }
}

std::size_t example_revision_count() { return sql_files_in(versions_source()).size(); }

std::vector<std::string> example_model_files() { return sql_files_in(fixture_path("../schema_models")); }

int run_psql_files(const std::string& url, const std::vector<std::string>& files) {
  for (const auto& file : files) {
    const std::string command = "psql -X -q -v ON_ERROR_STOP=1 -d '" + url + "' -f '" + file + "' >/dev/null";
    const int status = std::system(command.c_str());
    if (status != 0) {
      return WIFEXITED(status) ? WEXITSTATUS(status) : status;
    }
  }
  return 0;
}

int run_psql_script(const std::string& url, const std::string& script, const std::string& dir) {
  const std::string file = dir + "/script.sql";
  std::ofstream(file) << script;
  return run_psql_files(url, {file});
}

std::string example_head(EngineProject& project) {
  const CliResult heads = project.run({"heads"});
  if (heads.exit_code != 0 || heads.out.empty()) {
    throw std::runtime_error("schemadiff heads failed: " + heads.err);
  }
  return heads.out.substr(0, heads.out.find_first_of(" \n"));
}

}  // namespace schemadiff::testing
