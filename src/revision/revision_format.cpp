// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <random>

#include "schemadiff/revision/revision.hpp"

namespace schemadiff {
namespace {

std::string with_final_newline(const std::string& sql) {
  if (sql.empty() || sql.back() == '\n') {
    return sql;
  }
  return sql + '\n';
}

}  // namespace

std::string format_revision(const Revision& revision, const std::vector<std::string>& warnings) {
  std::string text;
  text += fmt::format("-- revision: {}\n", revision.id);
  text +=
      revision.revises.empty() ? "-- revises:\n" : fmt::format("-- revises: {}\n", fmt::join(revision.revises, " "));
  text += fmt::format("-- message: {}\n", revision.message);
  text += fmt::format("-- created: {}\n", revision.created);
  for (const auto& warning : warnings) {
    text += warning.empty() ? "--\n" : fmt::format("-- {}\n", warning);
  }
  text += '\n';
  text += fmt::format("{}\n", k_upgrade_marker);
  text += with_final_newline(revision.upgrade.sql);
  text += '\n';
  text += fmt::format("{}\n", k_downgrade_marker);
  text += with_final_newline(revision.downgrade.sql);
  return text;
}

std::string checksum_of(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", hash);
}

std::string new_revision_id() {
  std::random_device device;
  std::mt19937_64 engine((static_cast<std::uint64_t>(device()) << 32) ^ device() ^
                         static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
  return fmt::format("{:012x}", engine() & 0xffffffffffffULL);
}

bool is_valid_revision_id(std::string_view id) {
  if (id.empty() || id == "head" || id == "heads" || id == "base") {
    return false;
  }
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) {
      return false;
    }
  }
  return true;
}

std::string revision_file_name(const std::string& id, const std::string& message) {
  std::string slug;
  bool pending_separator = false;
  for (const char c : message) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_separator = !slug.empty();
      continue;
    }
    if (pending_separator) {
      slug += '_';
      pending_separator = false;
    }
    slug += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (slug.size() >= 40) {
      break;
    }
  }
  return slug.empty() ? id + ".sql" : id + "_" + slug + ".sql";
}

std::string utc_timestamp_now() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace schemadiff
