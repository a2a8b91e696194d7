-- The demo's database, created by up.sh through psql in stock-timescale; every statement may run again.
-- :'monitor_password' is set by up.sh on psql's standard input, never on a command line.
SELECT 'CREATE DATABASE stockval' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'stockval') \gexec
\connect stockval
SET client_min_messages = warning;
CREATE TABLE IF NOT EXISTS market_ticks (
    time    timestamptz NOT NULL,
    symbol  text        NOT NULL,
    price   numeric     NOT NULL,
    volume  integer     NOT NULL,
    version text        NOT NULL   -- the release of the archiver that wrote the row
);
CREATE INDEX IF NOT EXISTS market_ticks_time ON market_ticks (time DESC);
SELECT 'CREATE ROLE monitor LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'monitor') \gexec
ALTER ROLE monitor PASSWORD :'monitor_password';
GRANT SELECT ON market_ticks TO monitor;
