-- revision: 6f955aa69da0
-- revises: 005ada4c8188
-- message: enhance_event_feedback_model
-- created: 2026-11-24T12:44:16Z

-- schemadiff:upgrade
ALTER TABLE "public"."event_feedback" ADD COLUMN "actual_threat_level" character varying;
ALTER TABLE "public"."event_feedback" ADD COLUMN "expected_severity" public.alert_severity;
ALTER TABLE "public"."event_feedback" ADD COLUMN "suggested_score" integer;
ALTER TABLE "public"."event_feedback" ADD COLUMN "was_detection_correct" boolean;
ALTER TABLE "public"."events" ADD COLUMN "risk_level" character varying;
ALTER TABLE "public"."event_feedback" ADD CONSTRAINT "ck_event_feedback_suggested_score" CHECK (((suggested_score IS NULL) OR ((suggested_score >= 0) AND (suggested_score <= 100))));
ALTER TABLE "public"."event_feedback" ADD CONSTRAINT "ck_event_feedback_threat_level" CHECK (((actual_threat_level IS NULL) OR ((actual_threat_level)::text = ANY ((ARRAY['no_threat'::character varying, 'minor_concern'::character varying, 'genuine_threat'::character varying])::text[]))));
ALTER TABLE "public"."events" ADD CONSTRAINT "ck_events_risk_level" CHECK (((risk_level IS NULL) OR ((risk_level)::text = ANY ((ARRAY['low'::character varying, 'medium'::character varying, 'high'::character varying, 'critical'::character varying])::text[]))));
CREATE INDEX idx_event_feedback_type ON public.event_feedback USING btree (feedback_type);
CREATE INDEX idx_events_risk_level ON public.events USING btree (risk_level);

-- schemadiff:downgrade
ALTER TABLE "public"."event_feedback" DROP CONSTRAINT "ck_event_feedback_suggested_score";
ALTER TABLE "public"."event_feedback" DROP CONSTRAINT "ck_event_feedback_threat_level";
ALTER TABLE "public"."events" DROP CONSTRAINT "ck_events_risk_level";
DROP INDEX "public"."idx_event_feedback_type";
DROP INDEX "public"."idx_events_risk_level";
ALTER TABLE "public"."event_feedback" DROP COLUMN "actual_threat_level";
ALTER TABLE "public"."event_feedback" DROP COLUMN "expected_severity";
ALTER TABLE "public"."event_feedback" DROP COLUMN "suggested_score";
ALTER TABLE "public"."event_feedback" DROP COLUMN "was_detection_correct";
ALTER TABLE "public"."events" DROP COLUMN "risk_level";
