-- revision: 31003197326d
-- revises: b70f08b422a0
-- message: add_pg_notify_triggers_and_partitioning
-- created: 2026-11-24T12:54:53Z

-- schemadiff:upgrade
CREATE OR REPLACE FUNCTION public.notify_alert_created()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM pg_notify('alerts', json_build_object('id', NEW.id, 'severity', NEW.severity)::text);
    RETURN NEW;
END;
$function$;
CREATE OR REPLACE FUNCTION public.notify_camera_status_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO camera_status_log (camera_id, status) VALUES (NEW.id, NEW.status);
    PERFORM pg_notify('camera_status', json_build_object(
        'id', NEW.id, 'old', OLD.status, 'new', NEW.status)::text);
    RETURN NEW;
END;
$function$;
CREATE OR REPLACE FUNCTION public.notify_event_created()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM pg_notify('events', json_build_object(
        'id', NEW.id, 'camera_id', NEW.camera_id, 'risk_score', NEW.risk_score)::text);
    RETURN NEW;
END;
$function$;
CREATE TABLE "public"."camera_status_log" (
    "camera_id" character varying NOT NULL,
    "status" character varying NOT NULL,
    "recorded_at" timestamp with time zone DEFAULT now() NOT NULL
) PARTITION BY RANGE (recorded_at);
CREATE TABLE "public"."camera_status_log_2026" PARTITION OF "public"."camera_status_log" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE "public"."camera_status_log_default" PARTITION OF "public"."camera_status_log" DEFAULT;
CREATE TABLE "public"."detection_log" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "camera_id" character varying NOT NULL,
    "detected_at" timestamp with time zone NOT NULL,
    "object_type" character varying NOT NULL,
    "confidence" real NOT NULL,
    "frame_path" character varying,
    "payload" jsonb,
    "detection_id" integer,
    CONSTRAINT "detection_log_pkey" PRIMARY KEY (id, detected_at)
) PARTITION BY RANGE (detected_at);
CREATE TABLE "public"."detection_log_2026_01" PARTITION OF "public"."detection_log" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE "public"."detection_log_2026_02" PARTITION OF "public"."detection_log" FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
CREATE TABLE "public"."detection_log_2026_03" PARTITION OF "public"."detection_log" FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE "public"."detection_log_default" PARTITION OF "public"."detection_log" DEFAULT;
ALTER TABLE "public"."detection_log" ADD CONSTRAINT "detection_log_camera_id_fkey" FOREIGN KEY (camera_id) REFERENCES public.cameras(id) ON DELETE CASCADE;
ALTER TABLE "public"."detection_log" ADD CONSTRAINT "detection_log_detection_id_fkey" FOREIGN KEY (detection_id) REFERENCES public.detections(id) ON DELETE SET NULL;
CREATE INDEX idx_camera_status_log_camera_time ON public.camera_status_log USING btree (camera_id, recorded_at DESC);
CREATE INDEX idx_detection_log_camera_time ON public.detection_log USING btree (camera_id, detected_at DESC);
CREATE INDEX ix_detection_log_detected_at_brin ON public.detection_log USING brin (detected_at);
CREATE TRIGGER trg_alerts_notify AFTER INSERT ON public.alerts FOR EACH ROW EXECUTE FUNCTION public.notify_alert_created();
CREATE TRIGGER trg_cameras_status_notify AFTER UPDATE OF status ON public.cameras FOR EACH ROW WHEN (old.status::text IS DISTINCT FROM new.status::text) EXECUTE FUNCTION public.notify_camera_status_changed();
CREATE TRIGGER trg_events_notify AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.notify_event_created();

-- schemadiff:downgrade
DROP TRIGGER "trg_alerts_notify" ON "public"."alerts";
DROP TRIGGER "trg_cameras_status_notify" ON "public"."cameras";
DROP TRIGGER "trg_events_notify" ON "public"."events";
DROP TABLE "public"."camera_status_log_2026";
DROP TABLE "public"."camera_status_log_default";
DROP TABLE "public"."camera_status_log";
DROP TABLE "public"."detection_log_2026_01";
DROP TABLE "public"."detection_log_2026_02";
DROP TABLE "public"."detection_log_2026_03";
DROP TABLE "public"."detection_log_default";
DROP TABLE "public"."detection_log";
DROP FUNCTION "public"."notify_alert_created"();
DROP FUNCTION "public"."notify_camera_status_changed"();
DROP FUNCTION "public"."notify_event_created"();
