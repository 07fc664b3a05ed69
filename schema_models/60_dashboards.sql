-- Dashboard figures, refreshed by the application every few minutes with
-- REFRESH MATERIALIZED VIEW CONCURRENTLY, which needs a unique index on each.
CREATE MATERIALIZED VIEW mv_daily_detection_counts AS
SELECT camera_id, date_trunc('day', detected_at) AS day, count(*) AS detections
FROM detections
GROUP BY camera_id, date_trunc('day', detected_at);
CREATE UNIQUE INDEX idx_mv_daily_detection_counts ON mv_daily_detection_counts (camera_id, day);

CREATE MATERIALIZED VIEW mv_daily_risk_summary AS
SELECT camera_id,
       date_trunc('day', started_at) AS day,
       count(*) AS events,
       count(*) FILTER (WHERE risk_score >= 60) AS high_risk_events,
       count(*) FILTER (WHERE NOT reviewed) AS unreviewed_events,
       round(avg(risk_score), 1) AS avg_risk_score,
       max(risk_score) AS max_risk_score
FROM events
WHERE deleted_at IS NULL
GROUP BY camera_id, date_trunc('day', started_at);
CREATE UNIQUE INDEX idx_mv_daily_risk_summary ON mv_daily_risk_summary (camera_id, day);
CREATE INDEX idx_mv_daily_risk_summary_day ON mv_daily_risk_summary (day);

CREATE MATERIALIZED VIEW mv_zone_anomaly_summary AS
SELECT z.id AS zone_id,
       z.camera_id,
       z.name AS zone_name,
       count(a.id) AS anomalies,
       count(a.id) FILTER (WHERE NOT a.acknowledged) AS open_anomalies,
       max(a.detected_at) AS last_anomaly_at
FROM camera_zones z
LEFT JOIN zone_anomalies a ON a.zone_id = z.id
GROUP BY z.id, z.camera_id, z.name;
CREATE UNIQUE INDEX idx_mv_zone_anomaly_summary ON mv_zone_anomaly_summary (zone_id);
