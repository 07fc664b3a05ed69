-- Time-partitioned logs: append-only, queried by time range, and expired by dropping a
-- whole month (DROP TABLE of a partition) instead of a slow DELETE. New months are
-- added ahead of time; the DEFAULT partition catches rows no month covers yet.

-- The raw detector stream, one row per object per analysed frame; detections holds the
-- curated rows made from it. detections itself stays unpartitioned on purpose: a primary
-- key of a partitioned table must include the partition key, so every foreign key to it
-- (event_detections, zone_anomalies) would have to carry detected_at too. Partitioning
-- the high-volume log keeps those references simple.
CREATE TABLE detection_log (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    camera_id varchar NOT NULL REFERENCES cameras (id) ON DELETE CASCADE,
    detected_at timestamptz NOT NULL,
    object_type varchar NOT NULL,
    confidence real NOT NULL,
    frame_path varchar,
    payload jsonb,
    detection_id integer REFERENCES detections (id) ON DELETE SET NULL,
    -- Unique across partitions only with the partition key in it.
    CONSTRAINT detection_log_pkey PRIMARY KEY (id, detected_at)
) PARTITION BY RANGE (detected_at);
CREATE INDEX idx_detection_log_camera_time ON detection_log (camera_id, detected_at DESC);
CREATE INDEX ix_detection_log_detected_at_brin ON detection_log USING brin (detected_at);

CREATE TABLE detection_log_2026_01 PARTITION OF detection_log
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE detection_log_2026_02 PARTITION OF detection_log
    FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
CREATE TABLE detection_log_2026_03 PARTITION OF detection_log
    FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE detection_log_default PARTITION OF detection_log DEFAULT;

-- Camera status changes, written by trg_cameras_status_notify.
CREATE TABLE camera_status_log (
    camera_id varchar NOT NULL,
    status varchar NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (recorded_at);
CREATE INDEX idx_camera_status_log_camera_time ON camera_status_log (camera_id, recorded_at DESC);
CREATE TABLE camera_status_log_2026 PARTITION OF camera_status_log
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE camera_status_log_default PARTITION OF camera_status_log DEFAULT;
