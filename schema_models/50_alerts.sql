CREATE TABLE alerts (
    id varchar NOT NULL PRIMARY KEY,
    event_id integer NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    severity alert_severity NOT NULL DEFAULT 'medium',
    status alert_status NOT NULL DEFAULT 'pending',
    channels jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz
);
CREATE INDEX idx_alerts_event_id ON alerts (event_id);
CREATE INDEX idx_alerts_pending ON alerts (created_at) WHERE status = 'pending';

-- Tell listeners about new alerts without polling.
CREATE FUNCTION notify_alert_created() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('alerts', json_build_object('id', NEW.id, 'severity', NEW.severity)::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_alerts_notify AFTER INSERT ON alerts
    FOR EACH ROW EXECUTE FUNCTION notify_alert_created();
