// SPDX-License-Identifier: MIT
#include "schemadiff/model_io/check_json.hpp"

#include <ostream>

#include "model_io/json_detail.hpp"

namespace schemadiff {

bool CheckReport::clean() const {
  return models_sql.empty() && (!database || (database->missing_revisions.empty() &&
                                              database->changed_revisions.empty() && database->drift_sql.empty()));
}

void write_check_json(const CheckReport& report, std::ostream& out) {
  using model_io::Json;
  Json document;
  document["clean"] = report.clean();
  Json& models = document["models"];
  models["changed_without_revision"] = !report.models_sql.empty();
  models["sql"] = report.models_sql;
  if (report.database) {
    const DatabaseCheck& db = *report.database;
    Json& database = document["database"];
    database["at"] = db.at;
    database["missing_revisions"] = db.missing_revisions;
    Json changed = Json::array();
    for (const ChangedRevision& revision : db.changed_revisions) {
      Json entry;
      entry["revision"] = revision.revision;
      entry["path"] = revision.path;
      entry["applied_checksum"] = revision.applied_checksum;
      entry["file_checksum"] = revision.file_checksum;
      changed.push_back(std::move(entry));
    }
    database["changed_revisions"] = std::move(changed);
    database["drift"] = !db.drift_sql.empty();
    database["sql"] = db.drift_sql;
  }
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace schemadiff
