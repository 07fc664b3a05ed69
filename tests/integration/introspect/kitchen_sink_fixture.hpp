// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "schemadiff/introspect/introspect.hpp"
#include "support/test_database.hpp"

namespace schemadiff::testing {

/// fixtures/introspect/kitchen_sink loaded into one database per test suite and
/// introspected once; the suites assert its model field by field.
class KitchenSinkTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    m_database = std::make_unique<TestDatabase>("introspect_kitchen_sink");
    m_database->execute(read_file(fixture_path("introspect/kitchen_sink/schema.sql")));
    Database db = m_database->connect();
    m_model = std::make_unique<SchemaModel>(introspect(db));
  }
  static void TearDownTestSuite() {
    m_model.reset();
    m_database.reset();
  }

  static const SchemaModel& model() { return *m_model; }

  static const Table& table(const std::string& schema, const std::string& name) {
    const auto it = model().tables.find({schema, name});
    if (it == model().tables.end()) {
      throw std::runtime_error("no table " + schema + "." + name);
    }
    return it->second;
  }

  static const Column& column(const Table& owner, const std::string& name) {
    for (const auto& c : owner.columns) {
      if (c.name == name) {
        return c;
      }
    }
    throw std::runtime_error("no column " + name + " in " + owner.name.name);
  }

 private:
  static inline std::unique_ptr<TestDatabase> m_database;
  static inline std::unique_ptr<SchemaModel> m_model;
};

}  // namespace schemadiff::testing
