// SPDX-License-Identifier: MIT
// Objects of kinds schemadiff does not manage are listed by kind and server-printed name,
// those of extensions are not, and none of them reaches the other parts of the model.
#include <gtest/gtest.h>

#include <set>

#include "schemadiff/introspect/introspect.hpp"
#include "support/test_database.hpp"

namespace schemadiff {
namespace {

TEST(IntrospectUnmanaged, EveryKindIsListed) {
  testing::TestDatabase database("introspect_unmanaged");
  database.execute(R"(
    CREATE TABLE t (a integer, b integer);
    CREATE RULE t_no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
    CREATE VIEW v AS SELECT a FROM t;
    CREATE AGGREGATE my_sum(integer) (SFUNC = int4pl, STYPE = integer);
    CREATE FUNCTION same(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = $2 $$;
    CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = same);
    CREATE OPERATOR FAMILY my_family USING btree;
    CREATE TYPE mood AS ENUM ('sad', 'happy');
    CREATE FUNCTION mood_text(mood) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT $1::text $$;
    CREATE CAST (mood AS text) WITH FUNCTION mood_text(mood);
    CREATE TEXT SEARCH CONFIGURATION my_config (COPY = pg_catalog.english);
    CREATE TEXT SEARCH DICTIONARY my_dictionary (TEMPLATE = pg_catalog.simple);
    CREATE STATISTICS t_stats ON a, b FROM t;
    CREATE PUBLICATION my_publication FOR TABLE t;
    CREATE ACCESS METHOD my_heap TYPE TABLE HANDLER heap_tableam_handler;
    CREATE FUNCTION audit_fn() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
    CREATE EVENT TRIGGER "Audit DDL" ON ddl_command_end EXECUTE FUNCTION audit_fn();
  )");
  Database db = database.connect();
  const SchemaModel model = introspect(db);
  const std::set<UnmanagedObject> expected = {
      {UnmanagedKind::event_trigger, "\"Audit DDL\""},
      {UnmanagedKind::publication, "my_publication"},
      {UnmanagedKind::rule, "t_no_delete on public.t"},
      {UnmanagedKind::aggregate, "public.my_sum(integer)"},
      {UnmanagedKind::operator_, "public.===(integer,integer)"},
      {UnmanagedKind::operator_family, "public.my_family using btree"},
      {UnmanagedKind::cast, "(public.mood as text)"},
      {UnmanagedKind::text_search_configuration, "public.my_config"},
      {UnmanagedKind::text_search_dictionary, "public.my_dictionary"},
      {UnmanagedKind::statistics, "public.t_stats"},
      {UnmanagedKind::access_method, "my_heap"},
  };
  EXPECT_EQ(model.unmanaged, expected);
  // The view's own rule is the view, and the aggregate is no routine of the model.
  EXPECT_EQ(model.views.size(), 1u);
  EXPECT_EQ(model.routines.count(RoutineName{{"public", "my_sum"}, "integer"}), 0u);
}

}  // namespace
}  // namespace schemadiff
