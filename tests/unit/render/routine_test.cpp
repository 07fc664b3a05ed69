// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include "schemadiff/render/render.hpp"

namespace schemadiff {
namespace {

using Statements = std::vector<std::string>;

const std::string k_function =
    "CREATE OR REPLACE FUNCTION public.severity_rank(s public.alert_severity)\n"
    " RETURNS integer\n"
    " LANGUAGE sql\n"
    " IMMUTABLE\n"
    "AS $function$ SELECT array_position(enum_range(NULL::public.alert_severity), s) $function$";

Routine routine(RoutineName name, RoutineKind kind, std::string definition) {
  Routine r;
  r.name = std::move(name);
  r.kind = kind;
  r.definition = std::move(definition);
  return r;
}

TEST(RenderRoutine, CreateAndReplaceUseTheDefinition) {
  const Routine r = routine({{"public", "severity_rank"}, "s public.alert_severity"}, RoutineKind::function,
                            k_function + "\n");
  EXPECT_EQ(render(CreateRoutine{r}), Statements{k_function});
  EXPECT_EQ(render(ReplaceRoutine{r, r}), Statements{k_function});
}

TEST(RenderRoutine, DropFunctionWithIdentityArguments) {
  const Routine r = routine({{"archive", "Batch Label"}, "b bigint, prefix text"}, RoutineKind::function, "");
  EXPECT_EQ(render(DropRoutine{r}), Statements{"DROP FUNCTION \"archive\".\"Batch Label\"(b bigint, prefix text)"});
}

TEST(RenderRoutine, DropProcedureAndNoArguments) {
  EXPECT_EQ(render(DropRoutine{routine({{"public", "purge_events"}, "older_than interval"}, RoutineKind::procedure, "")}),
            Statements{"DROP PROCEDURE \"public\".\"purge_events\"(older_than interval)"});
  EXPECT_EQ(render(DropRoutine{routine({{"public", "notify_event"}, ""}, RoutineKind::function, "")}),
            Statements{"DROP FUNCTION \"public\".\"notify_event\"()"});
}

TEST(RenderTrigger, CreateUsesTheDefinition) {
  Trigger t;
  t.name = {{"public", "events"}, "events_notify"};
  t.definition =
      "CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OF status, severity ON public.events "
      "FOR EACH ROW WHEN (new.severity = 'critical'::public.alert_severity) EXECUTE FUNCTION public.notify_event()";
  EXPECT_EQ(render(CreateTrigger{t}), Statements{t.definition});
}

TEST(RenderTrigger, Drop) {
  Trigger t;
  t.name = {{"My Schema", "select"}, "Touch \"it\""};
  EXPECT_EQ(render(DropTrigger{t}), Statements{"DROP TRIGGER \"Touch \"\"it\"\"\" ON \"My Schema\".\"select\""});
}

}  // namespace
}  // namespace schemadiff
