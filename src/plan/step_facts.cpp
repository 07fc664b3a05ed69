// SPDX-License-Identifier: MIT
// The words of step lines and JSON output for hazards and lock levels.
#include <string>
#include <string_view>

#include "schemadiff/plan/plan.hpp"

namespace schemadiff {

std::string to_string(Hazard hazard) {
  switch (hazard) {
    case Hazard::deletes_data: return "deletes_data";
    case Hazard::rewrites_table: return "rewrites_table";
    case Hazard::access_exclusive_lock: return "access_exclusive_lock";
    case Hazard::index_build: return "index_build";
  }
  return "unknown";
}

std::optional<Hazard> hazard_from_string(std::string_view word) {
  for (const Hazard hazard : {Hazard::deletes_data, Hazard::rewrites_table, Hazard::access_exclusive_lock,
                              Hazard::index_build}) {
    if (to_string(hazard) == word) {
      return hazard;
    }
  }
  return std::nullopt;
}

std::string to_string(LockLevel lock) {
  switch (lock) {
    case LockLevel::none: return "none";
    case LockLevel::access_share: return "access_share";
    case LockLevel::row_share: return "row_share";
    case LockLevel::row_exclusive: return "row_exclusive";
    case LockLevel::share_update_exclusive: return "share_update_exclusive";
    case LockLevel::share: return "share";
    case LockLevel::share_row_exclusive: return "share_row_exclusive";
    case LockLevel::exclusive: return "exclusive";
    case LockLevel::access_exclusive: return "access_exclusive";
  }
  return "unknown";
}

std::optional<LockLevel> lock_level_from_string(std::string_view word) {
  for (int level = static_cast<int>(LockLevel::none); level <= static_cast<int>(LockLevel::access_exclusive);
       ++level) {
    if (to_string(static_cast<LockLevel>(level)) == word) {
      return static_cast<LockLevel>(level);
    }
  }
  return std::nullopt;
}

}  // namespace schemadiff
