#!/bin/sh
# real-collector: every half second, ticks for $SYMBOLS Korean stocks go into the Redis list `ticks`.
# A stand-in for the real collector's WebSocket feed: the prices are random, the Redis traffic is real.
. /app/release.env
trap 'exit 0' TERM INT
redis() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@"; }
until redis ping 2>/dev/null | grep -q PONG; do
    echo "waiting for stock-redis on 127.0.0.1:$REDIS_PORT"
    sleep 0.5
done
if [ "${FEED:-up}" = down ]; then
    # Release v4-feed-down: the feed refuses the connection, and the collector exits (its container stops).
    echo "ERROR: WebSocket connection to wss://feed.example.kr/ticker.kr refused (release $VERSION)"
    exit 1
fi
codes="005930 000660 035420 051910 005380 035720 068270 207940 006400 105560"
echo "WebSocket Connected to wss://feed.example.kr/ticker.kr (simulated feed, $SYMBOLS symbols, release $VERSION)"
round=0
while :; do
    now=$(date +%s)
    ticks=""
    for code in $(echo $codes | cut -d' ' -f1-"$SYMBOLS"); do
        ticks="$ticks $now,$code,$((50000 + RANDOM % 20000)),$((1 + RANDOM % 500))"
    done
    # The list is capped, so a stalled archiver cannot make Redis grow without bound.
    if printf 'RPUSH ticks%s\nLTRIM ticks -20000 -1\n' "$ticks" | redis > /dev/null; then
        echo "PUBLISHED: ticker.kr $SYMBOLS ticks (round $round)"
    else
        echo "ERROR: cannot publish to stock-redis on 127.0.0.1:$REDIS_PORT"
    fi
    round=$((round + 1))
    if [ $((round % 20)) -eq 0 ]; then
        # What the real feed answers when a symbol is subscribed twice; harmless, and the checklist ignores it.
        echo "WARN subscribe error ALREADY_IN_SUBSCRIBE for ticker.kr (already subscribed)" >&2
    fi
    sleep 0.5
done
