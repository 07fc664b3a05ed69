-- Listeners (the web socket server) LISTEN on these channels instead of polling. The
-- payloads stay small (pg_notify refuses more than 8000 bytes): listeners read the row.
CREATE FUNCTION notify_alert_created() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('alerts', json_build_object('id', NEW.id, 'severity', NEW.severity)::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_alerts_notify AFTER INSERT ON alerts
    FOR EACH ROW EXECUTE FUNCTION notify_alert_created();

CREATE FUNCTION notify_event_created() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('events', json_build_object(
        'id', NEW.id, 'camera_id', NEW.camera_id, 'risk_score', NEW.risk_score)::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_events_notify AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION notify_event_created();

-- A status change is logged (see camera_status_log) and announced.
CREATE FUNCTION notify_camera_status_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO camera_status_log (camera_id, status) VALUES (NEW.id, NEW.status);
    PERFORM pg_notify('camera_status', json_build_object(
        'id', NEW.id, 'old', OLD.status, 'new', NEW.status)::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_cameras_status_notify AFTER UPDATE OF status ON cameras
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION notify_camera_status_changed();
