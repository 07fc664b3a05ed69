// SPDX-License-Identifier: MIT
#include "schemadiff/pg/transaction.hpp"

#include "schemadiff/pg/database.hpp"

namespace schemadiff {

Transaction::Transaction(Database& db, std::string_view begin) : m_db(db) { m_db.execute(begin); }

Transaction::~Transaction() {
  if (!m_open) {
    return;
  }
  try {
    m_db.execute("ROLLBACK");
  } catch (...) {
    // See the class comment.
  }
}

void Transaction::commit() {
  m_open = false;
  m_db.execute("COMMIT");
}

void Transaction::rollback() {
  m_open = false;
  m_db.execute("ROLLBACK");
}

}  // namespace schemadiff
