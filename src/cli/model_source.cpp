// SPDX-License-Identifier: MIT
#include "cli/model_source.hpp"

#include <filesystem>

namespace schemadiff::cli {

ModelSource parse_model_source(const std::string& argument) {
  // A keyword string (host=... dbname=...) is told from a file by not being one.
  if (argument.find("://") != std::string::npos ||
      (argument.find('=') != std::string::npos && !std::filesystem::exists(argument))) {
    return DatabaseSource{argument, std::nullopt};
  }
  if (argument.ends_with(".json")) {
    return SnapshotSource{argument};
  }
  return ModelsSource{argument};
}

}  // namespace schemadiff::cli
