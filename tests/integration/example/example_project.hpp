// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "integration/engine/engine_project.hpp"

namespace schemadiff::testing {

/// Copies the example application (the repository's schema_models/ and
/// migrations/versions/) into `project`, whose settings point at its own test database.
void copy_example_app(EngineProject& project);

/// Number of revision files of the example application.
std::size_t example_revision_count();

/// Runs `psql -X -q -v ON_ERROR_STOP=1 -f FILE` for each file against `url`, in order;
/// returns the exit code of the first failure, else 0.
int run_psql_files(const std::string& url, const std::vector<std::string>& files);

/// Writes `script` to a file in `dir` and applies it with psql (see run_psql_files).
int run_psql_script(const std::string& url, const std::string& script, const std::string& dir);

/// The example's model files, in the order psql-style tooling would apply them.
std::vector<std::string> example_model_files();

/// The only head of the example history, as `schemadiff heads` prints it.
std::string example_head(EngineProject& project);

}  // namespace schemadiff::testing
