// SPDX-License-Identifier: MIT
#include "cli/model_source.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "schemadiff/error.hpp"
#include "schemadiff/model_io/json.hpp"
#include "schemadiff/pg/database.hpp"

namespace schemadiff::cli {
namespace {

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool is_database_source(const std::string& source) {
  return source.find("://") != std::string::npos ||
         (source.find('=') != std::string::npos && !std::filesystem::exists(source));
}

bool is_declared_source(const std::string& source) {
  return !is_database_source(source) && !ends_with(source, ".json");
}

ScratchOptions default_scratch(const std::optional<std::string>& dev_url, const std::vector<std::string>& sources,
                               std::function<void(const std::string&)> warn) {
  ScratchOptions scratch{.dev_url = dev_url.value_or(""), .target_server_version = 0, .warn = std::move(warn)};
  for (const auto& source : sources) {
    if (!is_database_source(source)) {
      continue;
    }
    Database db = Database::connect(source);
    scratch.target_server_version = db.server_version();
    if (!dev_url) {
      scratch.dev_url = source;
    }
    break;
  }
  return scratch;
}

SchemaModel load_model_source(const std::string& source, const IntrospectOptions& introspect_options,
                              const ScratchOptions& scratch) {
  if (is_database_source(source)) {
    Database db = Database::connect(source);
    return with_context("inspecting the database", [&] { return introspect(db, introspect_options); });
  }
  if (ends_with(source, ".json")) {
    // One exactly sized buffer: a 10,000-table snapshot is ~70 MB of text.
    std::ifstream input(source, std::ios::binary | std::ios::ate);
    if (!input) {
      throw Error(fmt::format("{}: cannot read the file", source));
    }
    std::string text(static_cast<std::size_t>(input.tellg()), '\0');
    input.seekg(0);
    input.read(text.data(), static_cast<std::streamsize>(text.size()));
    return load_model_json(text, source);
  }
  return with_context(fmt::format("loading models from {}", source),
                      [&] { return load_declared_model(source, scratch, introspect_options); });
}

}  // namespace schemadiff::cli
