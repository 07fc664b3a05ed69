-- revision: eb3774d70a38
-- revises: df0dc91119c5
-- message: add_dashboard_materialized_views
-- created: 2026-11-24T12:54:51Z

-- schemadiff:upgrade
CREATE MATERIALIZED VIEW "public"."mv_daily_detection_counts" AS
 SELECT detections.camera_id,
    date_trunc('day'::text, detections.detected_at) AS day,
    count(*) AS detections
   FROM public.detections
  GROUP BY detections.camera_id, (date_trunc('day'::text, detections.detected_at))
WITH DATA;
CREATE UNIQUE INDEX idx_mv_daily_detection_counts ON public.mv_daily_detection_counts USING btree (camera_id, day);
CREATE MATERIALIZED VIEW "public"."mv_daily_risk_summary" AS
 SELECT events.camera_id,
    date_trunc('day'::text, events.started_at) AS day,
    count(*) AS events,
    count(*) FILTER (WHERE events.risk_score >= 60) AS high_risk_events,
    count(*) FILTER (WHERE NOT events.reviewed) AS unreviewed_events,
    round(avg(events.risk_score), 1) AS avg_risk_score,
    max(events.risk_score) AS max_risk_score
   FROM public.events
  WHERE events.deleted_at IS NULL
  GROUP BY events.camera_id, (date_trunc('day'::text, events.started_at))
WITH DATA;
CREATE UNIQUE INDEX idx_mv_daily_risk_summary ON public.mv_daily_risk_summary USING btree (camera_id, day);
CREATE INDEX idx_mv_daily_risk_summary_day ON public.mv_daily_risk_summary USING btree (day);
CREATE MATERIALIZED VIEW "public"."mv_zone_anomaly_summary" AS
 SELECT z.id AS zone_id,
    z.camera_id,
    z.name AS zone_name,
    count(a.id) AS anomalies,
    count(a.id) FILTER (WHERE NOT a.acknowledged) AS open_anomalies,
    max(a.detected_at) AS last_anomaly_at
   FROM public.camera_zones z
     LEFT JOIN public.zone_anomalies a ON a.zone_id::text = z.id::text
  GROUP BY z.id, z.camera_id, z.name
WITH DATA;
CREATE UNIQUE INDEX idx_mv_zone_anomaly_summary ON public.mv_zone_anomaly_summary USING btree (zone_id);

-- schemadiff:downgrade
DROP MATERIALIZED VIEW "public"."mv_daily_detection_counts";
DROP MATERIALIZED VIEW "public"."mv_daily_risk_summary";
DROP MATERIALIZED VIEW "public"."mv_zone_anomaly_summary";
