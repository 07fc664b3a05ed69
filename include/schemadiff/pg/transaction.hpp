// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace schemadiff {

class Database;

/// A transaction on `db`, open from construction until commit() or rollback(); one still
/// open when this object goes away (an error was thrown) is rolled back, and a failure of
/// that rollback is ignored: the connection may be gone, and the error being thrown is
/// the one to report.
class Transaction {
 public:
  /// Runs `begin` (BEGIN, or BEGIN with options).
  explicit Transaction(Database& db, std::string_view begin = "BEGIN");
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();
  void rollback();

 private:
  Database& m_db;
  bool m_open = true;
};

}  // namespace schemadiff
