// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <map>
#include <optional>
#include <sstream>

#include "schemadiff/error.hpp"
#include "schemadiff/revision/revision.hpp"
#include "schemadiff/sql/tokens.hpp"

namespace schemadiff {
namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

[[noreturn]] void fail(const std::string& path, std::size_t line, const std::string& message) {
  throw ModelError(fmt::format("{}:{}", path, line), message);
}

// `-- key: value` with a lowercase key; other comment lines of the header are free text.
std::optional<std::pair<std::string, std::string>> header_key(std::string_view line) {
  if (!line.starts_with("-- ")) {
    return std::nullopt;
  }
  const std::string_view rest = line.substr(3);
  std::size_t i = 0;
  while (i < rest.size() && ((rest[i] >= 'a' && rest[i] <= 'z') || rest[i] == '_')) {
    ++i;
  }
  if (i == 0 || i >= rest.size() || rest[i] != ':') {
    return std::nullopt;
  }
  return std::make_pair(std::string(rest.substr(0, i)), std::string(trim(rest.substr(i + 1))));
}

std::vector<std::string> split_ids(const std::string& value) {
  std::vector<std::string> ids;
  std::string current;
  for (const char c : value + " ") {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!current.empty()) {
        ids.push_back(current);
        current.clear();
      }
    } else {
      current += c;
    }
  }
  return ids;
}

// The lines whose first non-blank text starts a `--` comment, as PostgreSQL's lexer sees
// the file: only those can be markers or step lines. The same text inside a string, a
// dollar-quoted function body or a /* */ comment is part of a statement.
std::vector<bool> comment_lines(std::string_view text, const std::string& path, std::size_t line_count) {
  std::vector<bool> result(line_count + 2, false);
  std::size_t line = 1;
  std::size_t scanned = 0;
  for (const sql::Token& token : sql::scan(text, path)) {
    for (; scanned < token.start; ++scanned) {
      if (text[scanned] == '\n') {
        ++line;
      }
    }
    if (token.kind != sql::Token::Kind::comment || !text.substr(token.start).starts_with("--")) {
      continue;
    }
    const std::size_t line_start = text.rfind('\n', token.start == 0 ? 0 : token.start - 1);
    const std::size_t from = token.start == 0 || line_start == std::string_view::npos ? 0 : line_start + 1;
    if (trim(text.substr(from, token.start - from)).empty() && line < result.size()) {
      result[line] = true;
    }
  }
  return result;
}

enum class Part { header, upgrade, downgrade };

}  // namespace

Revision parse_revision(std::string_view text, const std::string& path) {
  Revision revision;
  revision.path = path;
  revision.checksum = checksum_of(text);
  const auto lines = split_lines(text);
  const std::vector<bool> may_be_marker = comment_lines(text, path, lines.size());

  Part part = Part::header;
  std::size_t upgrade_line = 0;
  std::size_t downgrade_line = 0;
  std::ostringstream upgrade;
  std::ostringstream downgrade;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::size_t line_number = index + 1;
    const std::string_view line = lines[index];
    const std::string_view trimmed = trim(line);
    const bool marker_line = may_be_marker[line_number];
    if (marker_line && trimmed == k_upgrade_marker) {
      if (upgrade_line != 0) {
        fail(path, line_number,
             fmt::format("second \"{}\" marker (the first is on line {})", k_upgrade_marker, upgrade_line));
      }
      if (part == Part::downgrade) {
        fail(path, line_number, fmt::format("\"{}\" must come before \"{}\"", k_upgrade_marker, k_downgrade_marker));
      }
      upgrade_line = line_number;
      revision.upgrade.first_line = line_number + 1;
      part = Part::upgrade;
      continue;
    }
    if (marker_line && trimmed == k_downgrade_marker) {
      if (downgrade_line != 0) {
        fail(path, line_number,
             fmt::format("second \"{}\" marker (the first is on line {})", k_downgrade_marker, downgrade_line));
      }
      if (part == Part::header) {
        fail(path, line_number, fmt::format("\"{}\" must come after \"{}\"", k_downgrade_marker, k_upgrade_marker));
      }
      downgrade_line = line_number;
      revision.downgrade.first_line = line_number + 1;
      part = Part::downgrade;
      continue;
    }
    if (!marker_line) {
      // SQL text, or the inside of a string or comment that spans lines.
    } else if (trimmed == k_no_transaction_marker) {
      if (part == Part::header) {
        fail(path, line_number, fmt::format("\"{}\" outside a section", k_no_transaction_marker));
      }
      (part == Part::upgrade ? revision.upgrade : revision.downgrade).no_transaction_lines.push_back(line_number);
    } else if (is_step_line(trimmed)) {
      if (part == Part::header) {
        fail(path, line_number, fmt::format("\"{}\" line outside a section", k_step_marker));
      }
      StepLine step{line_number, {}};
      try {
        step.facts = parse_step_line(trimmed);
      } catch (const Error& e) {
        fail(path, line_number, e.what());
      }
      (part == Part::upgrade ? revision.upgrade : revision.downgrade).step_lines.push_back(std::move(step));
    } else if (trimmed.starts_with("-- schemadiff:")) {
      fail(path, line_number,
           fmt::format("unknown marker \"{}\" (known: {}, {}, {}, {})", trimmed, k_upgrade_marker,
                       k_downgrade_marker, k_step_marker, k_no_transaction_marker));
    }
    switch (part) {
      case Part::header: {
        if (trimmed.empty()) {
          continue;
        }
        if (!trimmed.starts_with("--") && revision.id_line == 0) {
          fail(path, line_number, "no revision header: a revision file starts with \"-- revision: <id>\"");
        }
        if (!trimmed.starts_with("--")) {
          fail(path, line_number, fmt::format("SQL before the \"{}\" marker", k_upgrade_marker));
        }
        const auto key = header_key(trimmed);
        if (!key) {
          continue;
        }
        if (key->first == "revision") {
          if (revision.id_line != 0) {
            fail(path, line_number, "second \"revision\" header");
          }
          if (!is_valid_revision_id(key->second)) {
            fail(path, line_number,
                 fmt::format("invalid revision id \"{}\" (letters, digits and _ only; not head, heads, base)",
                             key->second));
          }
          revision.id = key->second;
          revision.id_line = line_number;
        } else if (key->first == "revises") {
          if (revision.revises_line != 0) {
            fail(path, line_number, "second \"revises\" header");
          }
          revision.revises = split_ids(key->second);
          revision.revises_line = line_number;
        } else if (key->first == "message") {
          revision.message = key->second;
        } else if (key->first == "created") {
          revision.created = key->second;
        } else {
          fail(path, line_number,
               fmt::format("unknown header key \"{}\" (known: revision, revises, message, created)", key->first));
        }
        break;
      }
      case Part::upgrade:
        upgrade << line << '\n';
        break;
      case Part::downgrade:
        downgrade << line << '\n';
        break;
    }
  }
  if (revision.id_line == 0) {
    fail(path, 1, "no revision header: a revision file starts with \"-- revision: <id>\"");
  }
  if (revision.revises_line == 0) {
    fail(path, revision.id_line, "no \"-- revises:\" header (leave it empty for a base revision)");
  }
  if (upgrade_line == 0 && downgrade_line == 0) {
    fail(path, lines.size(), fmt::format("no \"{}\" and no \"{}\" section", k_upgrade_marker, k_downgrade_marker));
  }
  if (upgrade_line == 0) {
    fail(path, lines.size(), fmt::format("no \"{}\" section", k_upgrade_marker));
  }
  if (downgrade_line == 0) {
    fail(path, lines.size(), fmt::format("no \"{}\" section", k_downgrade_marker));
  }
  for (const auto& parent : revision.revises) {
    if (!is_valid_revision_id(parent)) {
      fail(path, revision.revises_line, fmt::format("invalid revision id \"{}\"", parent));
    }
    if (parent == revision.id) {
      fail(path, revision.revises_line, fmt::format("revision {} revises itself", revision.id));
    }
  }
  revision.upgrade.sql = upgrade.str();
  revision.downgrade.sql = downgrade.str();
  return revision;
}

}  // namespace schemadiff
