CREATE MATERIALIZED VIEW mv_daily_detection_counts AS
SELECT camera_id, date_trunc('day', detected_at) AS day, count(*) AS detections
FROM detections
GROUP BY camera_id, date_trunc('day', detected_at);
CREATE UNIQUE INDEX idx_mv_daily_detection_counts ON mv_daily_detection_counts (camera_id, day);

CREATE VIEW v_detection_enrichment AS
SELECT d.id, d.camera_id, d.detected_at,
       d.enrichment_data -> 'vehicle' ->> 'type' AS vehicle_type,
       d.enrichment_data -> 'person' ->> 'clothing' AS person_clothing
FROM detections d
WHERE d.enrichment_data IS NOT NULL;

-- Time-partitioned log of camera status changes.
CREATE TABLE camera_status_log (
    camera_id varchar NOT NULL,
    status varchar NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (recorded_at);
CREATE TABLE camera_status_log_2026 PARTITION OF camera_status_log
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE camera_status_log_default PARTITION OF camera_status_log DEFAULT;
