// SPDX-License-Identifier: MIT
#include "schemadiff/render/step_line.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "schemadiff/error.hpp"

namespace schemadiff {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(separator, start), text.size());
    if (end > start) {
      parts.push_back(text.substr(start, end - start));
    }
    start = end + 1;
  }
  return parts;
}

std::vector<Hazard> parse_hazards(std::string_view value) {
  std::vector<Hazard> hazards;
  for (const std::string_view word : split(value, ',')) {
    const std::optional<Hazard> hazard = hazard_from_string(word);
    if (!hazard) {
      throw Error(fmt::format("unknown hazard \"{}\" in step line (known: deletes_data, rewrites_table, "
                              "access_exclusive_lock, index_build)",
                              word));
    }
    hazards.push_back(*hazard);
  }
  std::sort(hazards.begin(), hazards.end());
  hazards.erase(std::unique(hazards.begin(), hazards.end()), hazards.end());
  return hazards;
}

}  // namespace

std::string format_step_line(const StepFacts& facts) {
  std::string line(k_step_marker);
  if (!facts.hazards.empty()) {
    line += " hazards=";
    for (std::size_t i = 0; i < facts.hazards.size(); ++i) {
      line += (i == 0 ? "" : ",") + to_string(facts.hazards[i]);
    }
  }
  line += " lock=" + to_string(facts.lock);
  line += facts.tx == TxMode::transactional ? " tx=yes" : " tx=no";
  return line;
}

bool is_step_line(std::string_view line) {
  return line.starts_with(k_step_marker) && (line.size() == k_step_marker.size() ||
                                             line[k_step_marker.size()] == ' ' || line[k_step_marker.size()] == '\t');
}

StepFacts parse_step_line(std::string_view line) {
  StepFacts facts;
  std::set<std::string_view> seen;
  for (std::string_view word : split(line.substr(k_step_marker.size()), ' ')) {
    if (word.find('\t') != std::string_view::npos) {
      throw Error("a step line separates its words with spaces, not tabs");
    }
    const std::size_t equals = word.find('=');
    if (equals == std::string_view::npos) {
      throw Error(fmt::format("\"{}\" in step line is not key=value", word));
    }
    const std::string_view key = word.substr(0, equals);
    const std::string_view value = word.substr(equals + 1);
    if (!seen.insert(key).second) {
      throw Error(fmt::format("\"{}\" given twice in step line", key));
    }
    if (key == "hazards") {
      facts.hazards = parse_hazards(value);
    } else if (key == "lock") {
      const std::optional<LockLevel> lock = lock_level_from_string(value);
      if (!lock) {
        throw Error(fmt::format("unknown lock level \"{}\" in step line (known: none, access_share, row_share, "
                                "row_exclusive, share_update_exclusive, share, share_row_exclusive, exclusive, "
                                "access_exclusive)",
                                value));
      }
      facts.lock = *lock;
    } else if (key == "tx") {
      if (value != "yes" && value != "no") {
        throw Error(fmt::format("tx=\"{}\" in step line: yes or no", value));
      }
      facts.tx = value == "yes" ? TxMode::transactional : TxMode::outside_transaction;
    } else {
      throw Error(fmt::format("unknown key \"{}\" in step line (known: hazards, lock, tx)", key));
    }
  }
  for (const std::string_view required : {"lock", "tx"}) {
    if (!seen.contains(required)) {
      throw Error(fmt::format("step line without {}=", required));
    }
  }
  return facts;
}

}  // namespace schemadiff
