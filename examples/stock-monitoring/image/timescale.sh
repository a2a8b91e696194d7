#!/bin/sh
# stock-timescale: PostgreSQL 15 on 127.0.0.1:$DB_PORT with its data in the mounted /var/lib/postgresql/data.
# Creates the cluster on the first start. TimescaleDB has no Debian package: market_ticks is a plain table.
set -eu
data=/var/lib/postgresql/data/pg
if [ ! -f "$data/PG_VERSION" ]; then
    initdb -D "$data" -U postgres -A trust --no-sync -E UTF8 --locale=C
    # The checklist's role logs in with a password; the demo's own services are trusted on loopback.
    printf 'local all all trust\nhost all monitor 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 trust\n' > "$data/pg_hba.conf"
fi
# fsync off: a demo database on a shared machine; a real one keeps it on.
exec postgres -D "$data" -p "$DB_PORT" -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c timezone=UTC
