-- revision: 005ada4c8188
-- revises: f3662359890b
-- message: add_zone_anomalies
-- created: 2026-11-24T12:44:15Z

-- schemadiff:upgrade
CREATE TABLE "public"."zone_anomalies" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "zone_id" character varying NOT NULL,
    "camera_id" character varying NOT NULL,
    "anomaly_type" character varying(50) NOT NULL,
    "severity" public.alert_severity DEFAULT 'low'::public.alert_severity NOT NULL,
    "title" character varying(255) NOT NULL,
    "description" text,
    "expected_value" double precision,
    "actual_value" double precision,
    "deviation" double precision,
    "detection_id" integer,
    "acknowledged" boolean DEFAULT false NOT NULL,
    "acknowledged_at" timestamp with time zone,
    "detected_at" timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT "ck_zone_anomalies_type" CHECK (((anomaly_type)::text = ANY ((ARRAY['unusual_time'::character varying, 'unusual_frequency'::character varying, 'unusual_dwell'::character varying, 'unusual_entity'::character varying])::text[]))),
    CONSTRAINT "zone_anomalies_pkey" PRIMARY KEY (id)
);
ALTER TABLE "public"."zone_anomalies" ADD CONSTRAINT "zone_anomalies_camera_id_fkey" FOREIGN KEY (camera_id) REFERENCES public.cameras(id) ON DELETE CASCADE;
ALTER TABLE "public"."zone_anomalies" ADD CONSTRAINT "zone_anomalies_detection_id_fkey" FOREIGN KEY (detection_id) REFERENCES public.detections(id) ON DELETE SET NULL;
ALTER TABLE "public"."zone_anomalies" ADD CONSTRAINT "zone_anomalies_zone_id_fkey" FOREIGN KEY (zone_id) REFERENCES public.zones(id) ON DELETE CASCADE;
CREATE INDEX idx_zone_anomalies_camera_id ON public.zone_anomalies USING btree (camera_id);
CREATE INDEX idx_zone_anomalies_unacknowledged ON public.zone_anomalies USING btree (detected_at) WHERE (NOT acknowledged);
CREATE INDEX idx_zone_anomalies_zone_detected ON public.zone_anomalies USING btree (zone_id, detected_at DESC);

-- schemadiff:downgrade
DROP TABLE "public"."zone_anomalies";
