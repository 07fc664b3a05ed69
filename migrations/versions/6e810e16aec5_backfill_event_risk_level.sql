-- revision: 6e810e16aec5
-- revises: 6f955aa69da0
-- message: backfill_event_risk_level
-- created: 2026-11-24T12:44:25Z

-- schemadiff:upgrade
-- Hand-written data migration: events scored before risk_level existed get the level their
-- score implies, with the thresholds the risk model uses. Rows that already have a level,
-- or no score, are left alone, so running it twice changes nothing.
UPDATE "public"."events"
SET "risk_level" = CASE
    WHEN "risk_score" >= 85 THEN 'critical'
    WHEN "risk_score" >= 60 THEN 'high'
    WHEN "risk_score" >= 30 THEN 'medium'
    ELSE 'low'
END
WHERE "risk_score" IS NOT NULL AND "risk_level" IS NULL;

-- schemadiff:downgrade
-- Clears the levels the upgrade derives. A level the application wrote that agrees with
-- the score is cleared too: the upgrade derives it again, so nothing is lost.
UPDATE "public"."events"
SET "risk_level" = NULL
WHERE "risk_level" = CASE
    WHEN "risk_score" >= 85 THEN 'critical'
    WHEN "risk_score" >= 60 THEN 'high'
    WHEN "risk_score" >= 30 THEN 'medium'
    ELSE 'low'
END;
