CREATE TABLE alert_rules (
    id varchar NOT NULL PRIMARY KEY,
    name varchar(255) NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    severity alert_severity NOT NULL DEFAULT 'medium',
    risk_threshold integer,
    object_types jsonb,
    camera_ids jsonb,
    cooldown_seconds integer NOT NULL DEFAULT 300,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_alert_rules_risk_threshold CHECK (risk_threshold IS NULL OR (risk_threshold >= 0 AND risk_threshold <= 100)),
    CONSTRAINT ck_alert_rules_cooldown CHECK (cooldown_seconds >= 0)
);
CREATE INDEX idx_alert_rules_enabled ON alert_rules (enabled);

CREATE TABLE alerts (
    id varchar NOT NULL PRIMARY KEY,
    event_id integer NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    rule_id varchar REFERENCES alert_rules (id) ON DELETE SET NULL,
    severity alert_severity NOT NULL DEFAULT 'medium',
    status alert_status NOT NULL DEFAULT 'pending',
    channels jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz
);
CREATE INDEX idx_alerts_event_id ON alerts (event_id);
CREATE INDEX idx_alerts_rule_id ON alerts (rule_id);
CREATE INDEX idx_alerts_pending ON alerts (created_at) WHERE status = 'pending';
