// SPDX-License-Identifier: MIT
#include "cli/plan_output.hpp"

#include <fmt/format.h>

#include <ostream>
#include <string>

#include "schemadiff/render/render.hpp"

namespace schemadiff::cli {
namespace {

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string one_line(std::string_view sql) {
  std::string line(sql.substr(0, sql.find('\n')));
  return line.size() < sql.size() ? line + " ..." : line;
}

}  // namespace

void print_plan_json(const Plan& plan, std::ostream& out) {
  out << "{\n  \"statements\": [";
  bool first = true;
  for (const auto& step : plan.steps) {
    for (const auto& sql : render(step.operation)) {
      out << (first ? "\n" : ",\n") << "    {\"sql\": " << json_string(sql) << ", \"hazards\": [";
      for (std::size_t i = 0; i < step.facts.hazards.size(); ++i) {
        out << (i == 0 ? "" : ", ") << json_string(to_string(step.facts.hazards[i]));
      }
      out << "], \"transactional\": " << (step.facts.tx == TxMode::transactional ? "true" : "false") << "}";
      first = false;
    }
  }
  out << (first ? "]\n}\n" : "\n  ]\n}\n");
}

void print_hazard_summary(const Plan& plan, std::ostream& err) {
  for (const auto& step : plan.steps) {
    if (step.facts.hazards.empty()) {
      continue;
    }
    std::string names;
    for (const auto hazard : step.facts.hazards) {
      names += (names.empty() ? "" : ", ") + to_string(hazard);
    }
    const auto statements = render(step.operation);
    err << "hazard " << names << ": " << (statements.empty() ? "" : one_line(statements.front())) << '\n';
  }
}

}  // namespace schemadiff::cli
