-- Signal Service V2: the tables behind moneyness-based Greeks, custom timeframes and WebSocket subscriptions.
-- Additive only (new tables, nothing dropped or renamed), so v1 keeps running on the migrated schema: that is why
-- the checklist lets a failed canary roll traffic back without asking (rollback_after_irreversible: allow).
-- IF NOT EXISTS: running it again is a no-op, as `alembic upgrade head` is once at head.
CREATE TABLE IF NOT EXISTS signal_greeks (
    time        timestamptz NOT NULL,
    instrument  text        NOT NULL,
    delta       double precision,
    gamma       double precision,
    theta       double precision,
    vega        double precision,
    iv          double precision,
    PRIMARY KEY (instrument, time)
);

CREATE TABLE IF NOT EXISTS signal_moneyness (
    time        timestamptz NOT NULL,
    underlying  text        NOT NULL,
    bucket      text        NOT NULL,   -- ATM, OTM5delta, ...
    iv          double precision,
    PRIMARY KEY (underlying, bucket, time)
);

CREATE TABLE IF NOT EXISTS signal_subscriptions (
    id          bigserial   PRIMARY KEY,
    client      text        NOT NULL,
    instrument  text        NOT NULL,
    timeframe   interval    NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS signal_greeks_time ON signal_greeks (time DESC);
