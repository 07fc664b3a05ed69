// SPDX-License-Identifier: MIT
#include "schemadiff/error.hpp"

namespace schemadiff {

std::string describe(const std::exception& e) {
  std::string text = e.what();
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception& inner) {
    const std::string rest = describe(inner);
    text = text.empty() ? rest : text + ": " + rest;
  } catch (...) {
    text += ": unknown error";
  }
  return text;
}

}  // namespace schemadiff
