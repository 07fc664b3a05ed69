// SPDX-License-Identifier: MIT
// Cutting the WHEN condition out of pg_get_triggerdef and the expression out of a CHECK
// definition.
#include "introspect/deparsed_text.hpp"

#include <gtest/gtest.h>

#include "schemadiff/error.hpp"

namespace schemadiff::introspection {
namespace {

TEST(IntrospectDeparsedText, TriggerWithoutWhen) {
  EXPECT_EQ(trigger_when_condition("CREATE TRIGGER t BEFORE UPDATE ON public.c FOR EACH ROW "
                                   "EXECUTE FUNCTION public.f()"),
            std::nullopt);
}

TEST(IntrospectDeparsedText, TriggerWhenCondition) {
  EXPECT_EQ(trigger_when_condition(
                "CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OF status ON public.events "
                "FOR EACH ROW WHEN (new.severity = 'critical'::public.alert_severity) "
                "EXECUTE FUNCTION public.notify_event()"),
            "new.severity = 'critical'::public.alert_severity");
}

TEST(IntrospectDeparsedText, TriggerWhenSkipsQuotedText) {
  // A name that spells the clause, and parentheses inside a literal and a name.
  EXPECT_EQ(trigger_when_condition(
                "CREATE TRIGGER \"x WHEN (\" AFTER UPDATE ON public.\"t)\" FOR EACH ROW "
                "WHEN ((old.\"a(\" IS DISTINCT FROM new.\"a(\") AND new.b <> ')''(') "
                "EXECUTE FUNCTION public.f('WHEN (')"),
            "(old.\"a(\" IS DISTINCT FROM new.\"a(\") AND new.b <> ')''('");
}

TEST(IntrospectDeparsedText, TriggerWhenUnbalanced) {
  EXPECT_THROW(trigger_when_condition("CREATE TRIGGER t AFTER UPDATE ON t FOR EACH ROW WHEN ((a"),
               Error);
}

TEST(IntrospectDeparsedText, CheckExpression) {
  EXPECT_EQ(check_expression("CHECK ((status = ANY (ARRAY['on'::text, 'off)'::text])))"),
            "(status = ANY (ARRAY['on'::text, 'off)'::text]))");
  EXPECT_EQ(check_expression("CHECK ((size >= 0)) NO INHERIT NOT VALID"), "(size >= 0)");
  EXPECT_EQ(check_expression("CHECK (flag)"), "flag");
}

TEST(IntrospectDeparsedText, CheckExpressionRejectsOtherText) {
  EXPECT_THROW(check_expression("PRIMARY KEY (id)"), Error);
  EXPECT_THROW(check_expression("CHECK ((a > 0)"), Error);
}

}  // namespace
}  // namespace schemadiff::introspection
