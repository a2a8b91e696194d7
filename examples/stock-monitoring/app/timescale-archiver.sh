#!/bin/sh
# timescale-archiver: every half second, moves the ticks waiting in Redis into market_ticks with psql.
# In release v3-broken ($ARCHIVER_STALLS_AFTER > 0) it stops writing that many seconds after it starts,
# silently and without exiting: the container keeps running and nothing is logged, as with a real hung flush.
. /app/release.env
trap 'exit 0' TERM INT
started=$(date +%s)
db() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d stockval -q -v ON_ERROR_STOP=1 "$@"; }
until db -c 'SELECT 1' > /dev/null 2>&1; do
    echo "waiting for stock-timescale on 127.0.0.1:$DB_PORT"
    sleep 0.5
done
echo "archiver $VERSION: moving ticks from stock-redis to TimescaleDB every 0.5s"
while :; do
    if [ "$ARCHIVER_STALLS_AFTER" -gt 0 ] && [ $(($(date +%s) - started)) -ge "$ARCHIVER_STALLS_AFTER" ]; then
        sleep 1
        continue
    fi
    batch=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" --raw LPOP ticks 2000)
    count=$(echo "$batch" | grep -c ,)
    if [ "$count" -gt 0 ]; then
        values=$(echo "$batch" | awk -F, -v version="$VERSION" 'NF == 4 {
            printf "%s(to_timestamp(%d), '\''%s'\'', %d, %d, '\''%s'\'')", (n++ ? ", " : ""), $1, $2, $3, $4, version }')
        if echo "INSERT INTO market_ticks (time, symbol, price, volume, version) VALUES $values;" | db; then
            echo "Flushed $count ticks to TimescaleDB"
        else
            echo "ERROR: could not write $count ticks to TimescaleDB; they are lost"
        fi
    fi
    sleep 0.5
done
